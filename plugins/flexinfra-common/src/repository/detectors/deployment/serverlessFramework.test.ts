import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { serverlessFrameworkDetector } from './serverlessFramework';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [serverlessFrameworkDetector],
  });

describe('serverlessFrameworkDetector', () => {
  it('counts a service, its functions as demand-driven scaling, and its region', async () => {
    const facts = await analyze({
      'serverless.yml': `service: orders
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-north-1
functions:
  createOrder:
    handler: src/handler.create
    events:
      - httpApi: {path: /orders, method: post}
`,
    });
    expect(facts.deployment.message).toBe(
      'a Serverless Framework service in serverless.yml',
    );
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['serverless'],
      paths: ['serverless.yml'],
      message: 'Serverless Framework functions in serverless.yml',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.regions.values).toEqual(['eu-north-1']);
  });

  it('ignores a region given by a variable and a service without functions', async () => {
    const facts = await analyze({
      'api/serverless.yaml': `service: orders
provider:
  name: aws
  region: \${opt:region, 'eu-west-1'}
`,
    });
    expect(facts.deployment.found).toBe(true);
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.regions.found).toBe(false);
  });

  it('does not count a serverless.yml without service and provider', async () => {
    const facts = await analyze({
      'serverless.yml': 'functions:\n  a: {handler: a.handler}\n',
      'docs/serverless.md': '# serverless',
    });
    expect(facts.deployment.found).toBe(false);
    expect(facts.autoscaling.found).toBe(false);
  });
});
