import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { kustomizeOverlaysDetector } from './kustomizeOverlays';

const K = 'resources:\n  - ../../base\n';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [kustomizeOverlaysDetector],
  });

describe('kustomizeOverlaysDetector', () => {
  it('names environments after overlay folders', async () => {
    const facts = await analyze({
      'k8s/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'k8s/overlays/Dev/kustomization.yaml': K,
      'k8s/overlays/staging/kustomization.yml': K,
      'k8s/overlays/prod/kustomization.yaml': K,
      'k8s/overlays/prod/eu-west-1/kustomization.yaml': K,
      'deploy/envs/qa/Kustomization': K,
    });
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['kustomize-overlays'],
      paths: [
        'deploy/envs/qa/Kustomization',
        'k8s/overlays/Dev/kustomization.yaml',
        'k8s/overlays/prod/eu-west-1/kustomization.yaml',
        'k8s/overlays/prod/kustomization.yaml',
        'k8s/overlays/staging/kustomization.yml',
      ],
      message: 'Kustomize overlays in deploy/envs/qa/Kustomization and 4 more',
      values: ['dev', 'prod', 'qa', 'staging'],
    });
    expect(facts.previewEnvironments.found).toBe(false);
  });

  it('counts preview overlays as preview environments', async () => {
    const facts = await analyze({
      'k8s/overlays/preview/kustomization.yaml': K,
      'k8s/overlays/ephemeral/kustomization.yaml': K,
    });
    expect(facts.previewEnvironments).toMatchObject({
      found: true,
      kinds: ['kustomize-overlays'],
      values: ['ephemeral', 'preview'],
      message:
        'a Kustomize overlay for preview environments in k8s/overlays/ephemeral/kustomization.yaml and 1 more',
    });
    expect(facts.environments.found).toBe(false);
  });

  it('does not count a base, an overlay folder without a kustomization, or other files', async () => {
    const facts = await analyze({
      'k8s/base/kustomization.yaml': K,
      'k8s/overlays/kustomization.yaml': K,
      'k8s/overlays/prod/patch.yaml': 'spec: {replicas: 3}\n',
      '.devcontainer/overlays/dev/kustomization.yaml': K,
    });
    expect(facts.environments.found).toBe(false);
  });
});
