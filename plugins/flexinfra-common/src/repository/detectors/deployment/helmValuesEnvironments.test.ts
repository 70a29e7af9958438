import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { helmValuesEnvironmentsDetector } from './helmValuesEnvironments';

const analyze = (files: Record<string, string>) => {
  const source = memorySource(files);
  return analyzeRepository(source, {
    detectors: [helmValuesEnvironmentsDetector],
  }).then(facts => ({ facts, reads: source.reads }));
};

describe('helmValuesEnvironmentsDetector', () => {
  it('names environments after values files, without reading them', async () => {
    const { facts, reads } = await analyze({
      'chart/Chart.yaml': 'apiVersion: v2\nname: orders\n',
      'chart/values.yaml': 'replicaCount: 1\n',
      'chart/values-dev.yaml': '',
      'chart/values.Staging.yaml': '',
      'chart/values/prod.yaml': '',
      'deploy/values-prod-eu.yml': '',
    });
    expect(reads).toEqual([]);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['helm-values'],
      paths: [
        'chart/values-dev.yaml',
        'chart/values.Staging.yaml',
        'chart/values/prod.yaml',
        'deploy/values-prod-eu.yml',
      ],
      message:
        'Helm values per environment in chart/values-dev.yaml and 3 more',
      values: ['dev', 'prod', 'prod-eu', 'staging'],
    });
    expect(facts.previewEnvironments.found).toBe(false);
  });

  it('counts preview, pull-request and review values as preview environments', async () => {
    const { facts } = await analyze({
      'chart/values-preview.yaml': '',
      'chart/values-pr.yaml': '',
      'chart/values-review.yaml': '',
    });
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['helm-values'],
      paths: [
        'chart/values-pr.yaml',
        'chart/values-preview.yaml',
        'chart/values-review.yaml',
      ],
      message:
        'Helm values for preview environments in chart/values-pr.yaml and 2 more',
      values: ['pr', 'preview', 'review'],
    });
    expect(facts.environments.found).toBe(false);
  });

  it('does not count values files that name no environment, templates or vendored charts', async () => {
    const { facts } = await analyze({
      'chart/Chart.yaml': 'apiVersion: v2\nname: orders\n',
      'chart/values.yaml': '',
      'chart/values-secrets.yaml': '',
      'chart/values-local.yaml': '',
      'chart/values.schema.json': '{}',
      'chart/templates/values-prod.yaml': '',
      'chart/charts/redis/Chart.yaml': '',
      'chart/charts/redis/values-production.yaml': '',
      '.devcontainer/values-dev.yaml': '',
      'config/prod.yaml': '',
    });
    expect(facts.environments.found).toBe(false);
    expect(facts.previewEnvironments.found).toBe(false);
  });
});
