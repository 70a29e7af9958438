import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { kustomizeDetector } from './kustomize';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [kustomizeDetector] });

describe('kustomizeDetector', () => {
  it('counts kustomization files under every name kustomize reads', async () => {
    const facts = await analyze({
      'k8s/base/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n',
      'k8s/overlays/prod/kustomization.yml': 'resources:\n  - ../../base\n',
      'legacy/Kustomization': 'bases:\n  - ../k8s/base\n',
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['kustomize'],
      paths: [
        'k8s/base/kustomization.yaml',
        'k8s/overlays/prod/kustomization.yml',
        'legacy/Kustomization',
      ],
      message: 'Kustomize in k8s/base/kustomization.yaml and 2 more',
      values: [],
    });
  });

  it('does not count a Flux Kustomization, an empty file or other names', async () => {
    const facts = await analyze({
      'clusters/prod/kustomization.yaml': `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
spec: {path: ./apps}
`,
      'k8s/empty/kustomization.yaml': '',
      'k8s/kustomization.json': '{"resources": []}',
      'k8s/my-kustomization.yaml': 'resources: []\n',
      '.devcontainer/kustomization.yaml': 'resources: []\n',
    });
    expect(facts.deployment.found).toBe(false);
  });
});
