import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { travisCiDetector } from './travisCi';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [travisCiDetector] });

describe('travisCiDetector', () => {
  it('counts a test-only config as CI that does not deploy', async () => {
    const facts = await analyze({
      '.travis.yml': `language: ruby\nrvm: [3.2]\nscript: bundle exec rake\n`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['travis-ci'],
      paths: ['.travis.yml'],
      message: 'Travis CI config in .travis.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it('sees a hosting deploy provider, also inside a job stage', async () => {
    const top = await analyze({
      '.travis.yml': `language: node_js\ndeploy:\n  provider: heroku\n  app: shop-api\n  on:\n    branch: main\n`,
    });
    const staged = await analyze({
      '.travis.yml': `language: go\njobs:\n  include:\n    - stage: test\n      script: go test ./...\n    - stage: release\n      script: skip\n      deploy:\n        - provider: script\n          script: ./scripts/release.sh\n`,
    });
    expect(top.ciDeploys).toBe(true);
    expect(staged.ciDeploys).toBe(true);
  });

  it('does not take publishing a package for a deploy, nor other files', async () => {
    const facts = await analyze({
      '.travis.yml': `language: node_js\ndeploy:\n  provider: npm\n  api_token: $NPM_TOKEN\n`,
      'travis.yml': `language: node_js\ndeploy:\n  provider: heroku\n`,
    });
    expect(facts.ci.paths).toEqual(['.travis.yml']);
    expect(facts.ciDeploys).toBe(false);
  });
});
