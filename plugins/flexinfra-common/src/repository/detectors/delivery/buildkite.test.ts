import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { buildkiteDetector } from './buildkite';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [buildkiteDetector] });

const TEST_PIPELINE = `steps:
  - label: ":test_tube: Test"
    command: make test
  - wait
  - label: ":docker: Build"
    commands:
      - docker build -t api .
`;

describe('buildkiteDetector', () => {
  it('counts a test pipeline as CI that does not deploy', async () => {
    const facts = await analyze({ '.buildkite/pipeline.yml': TEST_PIPELINE });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['buildkite'],
      paths: ['.buildkite/pipeline.yml'],
      message: 'Buildkite pipeline in .buildkite/pipeline.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it.each([
    ['a deploy label', `  - label: ":rocket: Deploy"\n    command: ./ship\n`],
    [
      'a deploy command in a group',
      `  - group: release\n    steps:\n      - command: kubectl apply -k k8s/overlays/prod\n`,
    ],
    [
      'a deploy plugin',
      `  - plugins:\n      - ecs-deploy#v3.0.0:\n          cluster: prod\n`,
    ],
    ['a triggered deploy pipeline', `  - trigger: api-deploy\n`],
  ])('sees %s', async (_, step) => {
    const facts = await analyze({
      '.buildkite/pipeline.release.yaml': `steps:\n${step}`,
    });
    expect(facts.ci.paths).toEqual(['.buildkite/pipeline.release.yaml']);
    expect(facts.ciDeploys).toBe(true);
  });

  it('ignores a pipeline.yml outside .buildkite, nested folders and files without steps', async () => {
    const facts = await analyze({
      'pipeline.yml': TEST_PIPELINE,
      'ci/pipeline.yml': TEST_PIPELINE,
      '.buildkite/hooks/env.yml': TEST_PIPELINE,
      '.buildkite/settings.yml': 'agents:\n  queue: default\n',
    });
    expect(facts.ci.found).toBe(false);
  });
});
