import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { appVeyorDetector } from './appVeyor';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), { detectors: [appVeyorDetector] });

describe('appVeyorDetector', () => {
  it('counts a build config as CI that does not deploy', async () => {
    const facts = await analyze({
      'appveyor.yml': `version: 1.0.{build}\nimage: Visual Studio 2022\nbuild_script:\n  - dotnet build\ntest_script:\n  - dotnet test\ndeploy: off\n`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['appveyor'],
      paths: ['appveyor.yml'],
      message: 'AppVeyor config in appveyor.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it('sees a hosting provider and a deploy script', async () => {
    const provider = await analyze({
      '.appveyor.yml': `version: 1.0.{build}\ndeploy:\n  - provider: AzureAppServiceZipDeploy\n    website: shop-api\n`,
    });
    const script = await analyze({
      'appveyor.yml': `build_script:\n  - dotnet publish\ndeploy_script:\n  - ps: az webapp deploy --name shop-api --src-path app.zip\n`,
    });
    expect(provider.ciDeploys).toBe(true);
    expect(script.ciDeploys).toBe(true);
  });

  it('does not take a NuGet push for a deploy, nor other files', async () => {
    const facts = await analyze({
      'appveyor.yml': `version: 1.0.{build}\ndeploy:\n  provider: NuGet\n  api_key:\n    secure: abc\n`,
      'docs/appveyor.yaml': `version: 1\ndeploy:\n  provider: FTP\n`,
    });
    expect(facts.ci.paths).toEqual(['appveyor.yml']);
    expect(facts.ciDeploys).toBe(false);
  });
});
