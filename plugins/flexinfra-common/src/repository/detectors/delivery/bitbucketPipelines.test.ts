import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { bitbucketPipelinesDetector } from './bitbucketPipelines';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [bitbucketPipelinesDetector],
  });

describe('bitbucketPipelinesDetector', () => {
  it('counts a test pipeline as CI that does not deploy', async () => {
    const facts = await analyze({
      'bitbucket-pipelines.yml': `image: python:3.12
pipelines:
  default:
    - parallel:
        - step:
            name: Test
            script:
              - pip install -r requirements.txt
              - pytest
        - step:
            name: Lint
            script: [ruff check .]
`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['bitbucket-pipelines'],
      paths: ['bitbucket-pipelines.yml'],
      message: 'Bitbucket Pipelines config in bitbucket-pipelines.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
    expect(facts.environments.found).toBe(false);
  });

  it('sees deployment steps and their environments', async () => {
    const facts = await analyze({
      'bitbucket-pipelines.yml': `pipelines:
  branches:
    main:
      - step:
          name: Build
          script: [npm ci, npm run build]
      - step:
          name: Deploy to staging
          deployment: staging
          script:
            - pipe: atlassian/aws-ecs-deploy:1.12.1
              variables:
                CLUSTER_NAME: staging
      - step:
          name: Deploy to production
          deployment: Production
          trigger: manual
          script:
            - pipe: atlassian/aws-ecs-deploy:1.12.1
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['bitbucket-deployments'],
      paths: ['bitbucket-pipelines.yml'],
      message: 'Bitbucket deployment environments in bitbucket-pipelines.yml',
      values: ['production', 'staging'],
    });
  });

  it('sees a deploy command without a deployment', async () => {
    const facts = await analyze({
      'bitbucket-pipelines.yml': `pipelines:\n  custom:\n    release:\n      - step:\n          script:\n            - serverless deploy --stage prod\n`,
    });
    expect(facts.ciDeploys).toBe(true);
  });

  it('ignores other files and a config without pipelines', async () => {
    const facts = await analyze({
      'bitbucket-pipelines.yaml': `pipelines:\n  default:\n    - step:\n        script: [make]\n`,
      'ci/bitbucket-pipelines.yml': `definitions:\n  caches: {}\n`,
    });
    expect(facts.ci.found).toBe(false);
  });
});
