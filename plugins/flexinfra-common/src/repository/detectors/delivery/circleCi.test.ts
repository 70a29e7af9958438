import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { circleCiDetector } from './circleCi';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [circleCiDetector] });

describe('circleCiDetector', () => {
  it('counts a test-only config as CI that does not deploy', async () => {
    const facts = await analyze({
      '.circleci/config.yml': `version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run:
          name: Test
          command: pytest
workflows:
  main:
    jobs:
      - test
`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['circleci'],
      paths: ['.circleci/config.yml'],
      message: 'CircleCI config in .circleci/config.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it.each([
    [
      'an orb deploy job',
      `orbs:
  aws-ecs: circleci/aws-ecs@4.0
workflows:
  release:
    jobs:
      - aws-ecs/deploy-service-update:
          cluster: prod
          family: api
`,
    ],
    [
      'a run step that deploys',
      `jobs:
  ship:
    docker:
      - image: cimg/base:current
    steps:
      - checkout
      - run:
          command: |
            gcloud run deploy api --image "$IMAGE" --region europe-west1
workflows:
  main:
    jobs: [ship]
`,
    ],
  ])('sees a deploy in %s', async (_, body) => {
    const facts = await analyze({
      '.circleci/config.yml': `version: 2.1\n${body}`,
    });
    expect(facts.ciDeploys).toBe(true);
  });

  it('ignores other files in .circleci and configs without jobs', async () => {
    const facts = await analyze({
      '.circleci/continue_config.yml': `version: 2.1\njobs:\n  deploy:\n    steps: [checkout]\n`,
      'circleci/config.yml': `version: 2.1\njobs:\n  test:\n    steps: [checkout]\n`,
      'app/.circleci/config.yml': `setup: true\n`,
    });
    expect(facts.ci.found).toBe(false);
  });
});
