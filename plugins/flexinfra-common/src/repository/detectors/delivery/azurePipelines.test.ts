import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { azurePipelinesDetector } from './azurePipelines';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [azurePipelinesDetector],
  });

describe('azurePipelinesDetector', () => {
  it('counts a build pipeline as CI that does not deploy', async () => {
    const facts = await analyze({
      'azure-pipelines.yml': `trigger: [main]
pool:
  vmImage: ubuntu-latest
steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet test
  - task: HelmDeploy@0
    inputs:
      command: package
      chartPath: chart
`,
    });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['azure-pipelines'],
      paths: ['azure-pipelines.yml'],
      message: 'Azure Pipelines pipeline in azure-pipelines.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
  });

  it('sees deployment jobs, their environments and PR previews', async () => {
    const facts = await analyze({
      '.azure-pipelines/deploy.yml': `trigger: [main]
pr: [main]
stages:
  - stage: Preview
    condition: eq(variables['Build.Reason'], 'PullRequest')
    jobs:
      - deployment: preview
        environment: preview.shop-pr
        strategy:
          runOnce:
            deploy:
              steps:
                - script: echo preview
  - stage: Staging
    jobs:
      - deployment: staging
        environment:
          name: Staging
          resourceType: Kubernetes
        strategy:
          runOnce:
            deploy:
              steps:
                - task: KubernetesManifest@1
                  inputs:
                    manifests: k8s/*.yaml
  - stage: Production
    jobs:
      - deployment: production
        environment: production
        strategy:
          runOnce:
            deploy:
              steps:
                - task: AzureWebApp@1
                  inputs:
                    appName: shop-api
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['azure-pipelines-environments'],
      paths: ['.azure-pipelines/deploy.yml'],
      message: 'Azure Pipelines environments in .azure-pipelines/deploy.yml',
      values: ['preview', 'production', 'staging'],
    });
    expect(facts.previewEnvironments.message).toBe(
      'pull-request preview environments in .azure-pipelines/deploy.yml',
    );
  });

  it.each([
    [
      'a Terraform apply task',
      `steps:\n  - task: TerraformTaskV4@4\n    inputs:\n      provider: azurerm\n      command: apply\n`,
    ],
    [
      'an Azure CLI script',
      `steps:\n  - task: AzureCLI@2\n    inputs:\n      scriptType: bash\n      inlineScript: az deployment group create -g rg -f main.bicep\n`,
    ],
    [
      'a bash step',
      `jobs:\n  - job: ship\n    steps:\n      - bash: ./scripts/deploy.sh prod\n`,
    ],
  ])('sees a deploy in %s', async (_, body) => {
    const facts = await analyze({
      '.azuredevops/pipelines/release.yaml': `trigger: none\n${body}`,
    });
    expect(facts.ci.paths).toEqual(['.azuredevops/pipelines/release.yaml']);
    expect(facts.ciDeploys).toBe(true);
  });

  it('takes no preview without a pr trigger, and no environments from one', async () => {
    const facts = await analyze({
      'azure-pipelines.yml': `trigger: [main]
jobs:
  - deployment: preview
    environment: preview
    strategy:
      runOnce:
        deploy:
          steps:
            - script: echo hi
`,
      'pipelines/azure-pipelines.md': '# notes',
      'ops/pipeline.yml': 'trigger: [main]\nsteps:\n  - script: make deploy\n',
    });
    expect(facts.ci.paths).toEqual(['azure-pipelines.yml']);
    expect(facts.previewEnvironments.found).toBe(false);
    expect(facts.environments.found).toBe(false);
  });
});
