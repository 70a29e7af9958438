import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { appEngineDetector } from './appEngine';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [appEngineDetector] });

describe('appEngineDetector', () => {
  it('counts a standard app, which autoscales on requests by default', async () => {
    const facts = await analyze({
      'app.yaml':
        'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n',
    });
    expect(facts.deployment).toEqual({
      found: true,
      kinds: ['app-engine'],
      paths: ['app.yaml'],
      message: 'an App Engine app in app.yaml',
      values: [],
    });
    expect(facts.autoscaling.message).toBe(
      "App Engine autoscaling in app.yaml (the platform's default applies: App Engine standard scales automatically on request load unless told otherwise)",
    );
    expect(facts.demandDriven).toBe(true);
  });

  it('counts written automatic scaling; flexible scales on CPU, not on demand', async () => {
    const facts = await analyze({
      'service/app.yaml': `runtime: nodejs
env: flex
automatic_scaling:
  min_num_instances: 2
  max_num_instances: 8
`,
    });
    expect(facts.autoscaling.message).toBe(
      'App Engine autoscaling in service/app.yaml',
    );
    expect(facts.demandDriven).toBe(false);
  });

  it('reports manual scaling and equal bounds as disabled', async () => {
    const manual = await analyze({
      'app.yaml': 'runtime: java21\nmanual_scaling:\n  instances: 3\n',
    });
    expect(manual.autoscaling.message).toBe(
      'App Engine autoscaling in app.yaml, but it is disabled: manual_scaling fixes the instances at 3',
    );
    const fixed = await analyze({
      'app.yaml':
        'runtime: go122\nautomatic_scaling:\n  min_instances: 2\n  max_instances: 2\n',
    });
    expect(fixed.autoscaling.message).toMatch(
      /disabled: min_instances equals max_instances \(2\)/,
    );
  });

  it('does not count an app.yaml without a runtime, a manifest, or other names', async () => {
    const facts = await analyze({
      'app.yaml': 'name: orders\nservices: []\n',
      'k8s/app.yaml': 'apiVersion: v1\nkind: Pod\nruntime: x\n',
      'application.yaml': 'runtime: python312\n',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.autoscaling.found).toBe(false);
  });
});
