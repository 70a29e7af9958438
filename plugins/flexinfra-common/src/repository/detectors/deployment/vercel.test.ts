import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { vercelDetector } from './vercel';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [vercelDetector] });

describe('vercelDetector', () => {
  it('counts a project, its functions and its regions', async () => {
    const facts = await analyze({
      'web/vercel.json': JSON.stringify({
        regions: ['fra1', 'iad1'],
        functions: { 'api/*.ts': { memory: 1024, maxDuration: 10 } },
        rewrites: [{ source: '/(.*)', destination: '/' }],
      }),
    });
    expect(facts.deployment.message).toBe(
      'a Vercel project in web/vercel.json',
    );
    expect(facts.autoscaling).toEqual({
      found: true,
      kinds: ['vercel'],
      paths: ['web/vercel.json'],
      message: 'Vercel functions in web/vercel.json',
      values: [],
    });
    expect(facts.demandDriven).toBe(true);
    expect(facts.regions.values).toEqual(['fra1', 'iad1']);
    expect(facts.multiRegion).toBe(true);
  });

  it('does not claim functions or regions a project does not name, nor read other JSON', async () => {
    const facts = await analyze({
      'vercel.json': '{"cleanUrls": true}',
      'config/vercel.settings.json': '{"functions": {"a": {}}}',
    });
    expect(facts.deployment.paths).toEqual(['vercel.json']);
    expect(facts.autoscaling.found).toBe(false);
    expect(facts.regions.found).toBe(false);
  });
});
