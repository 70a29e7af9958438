import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { fluxDetector } from './flux';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [fluxDetector] });

describe('fluxDetector', () => {
  it('counts Flux Kustomizations, HelmReleases and sources', async () => {
    const facts = await analyze({
      'clusters/prod/apps.yaml': `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  interval: 10m
  path: ./apps/prod
  sourceRef: {kind: GitRepository, name: flux-system}
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
spec: {url: https://git.example.com/payments/orders.git}
`,
      'apps/orders/release.yaml': `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
spec:
  chart: {spec: {chart: ./chart}}
`,
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['flux'],
      paths: ['apps/orders/release.yaml', 'clusters/prod/apps.yaml'],
      message: 'Flux in apps/orders/release.yaml and 1 more',
      values: [],
    });
  });

  it('reports a suspended release as disabled and ignores notification objects', async () => {
    const facts = await analyze({
      'apps/orders/release.yaml': `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
spec:
  suspend: true
`,
      'apps/alerts.yaml':
        'apiVersion: notification.toolkit.fluxcd.io/v1beta3\nkind: Alert\nspec: {}\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.deployment.message).toBe(
      'Flux in apps/orders/release.yaml, but it is disabled: the HelmRelease is suspended (spec.suspend)',
    );
  });
});
