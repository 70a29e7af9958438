import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { netlifyDetector } from './netlify';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [netlifyDetector] });

describe('netlifyDetector', () => {
  it('counts a site, its deploy previews and its environment contexts', async () => {
    const facts = await analyze({
      'netlify.toml': `[build]
  command = "npm run build"
  publish = "dist"

[context.production.environment]
  API_URL = "https://api.example.com"

[context.staging]
  command = "npm run build:staging"

[context.deploy-preview]
  command = "npm run build:preview"

[context.branch-deploy]
  command = "npm run build"
`,
    });
    expect(facts.deployment.message).toBe('a Netlify site in netlify.toml');
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['netlify'],
      paths: ['netlify.toml'],
      message: 'Netlify deploy previews in netlify.toml',
      values: ['deploy-preview'],
    });
    expect(facts.environments.values).toEqual(['production', 'staging']);
  });

  it('does not count a netlify.toml with no site sections', async () => {
    const facts = await analyze({ 'netlify.toml': '[dev]\n  port = 8888\n' });
    expect(facts.deployment.found).toBe(false);
    expect(facts.environments.found).toBe(false);
  });
});
