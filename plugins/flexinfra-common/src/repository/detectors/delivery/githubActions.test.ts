import { analyzeRepository } from '../../analyzeRepository';
import { memorySource } from '../../__testUtils__/memorySource';
import { githubActionsDetector } from './githubActions';

const analyze = (files: Record<string, string>) =>
  analyzeRepository(memorySource(files), {
    detectors: [githubActionsDetector],
  });

const BUILD = `name: build
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - run: npm ci
      - run: npm test
`;

const DEPLOY = `name: deploy
on:
  push:
    branches: [main]
jobs:
  staging:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - uses: actions/checkout@v4
      - run: helm upgrade --install api ./chart -f chart/values-staging.yaml
  production:
    needs: staging
    runs-on: ubuntu-latest
    environment:
      name: Production
      url: https://api.example.com
    steps:
      - uses: actions/checkout@v4
      - run: helm upgrade --install api ./chart -f chart/values-prod.yaml
`;

describe('githubActionsDetector', () => {
  it('counts a build-only workflow as CI that does not deploy', async () => {
    const facts = await analyze({ '.github/workflows/build.yml': BUILD });
    expect(facts.ci).toEqual({
      found: true,
      kinds: ['github-actions'],
      paths: ['.github/workflows/build.yml'],
      message: 'GitHub Actions workflow in .github/workflows/build.yml',
      values: [],
    });
    expect(facts.ciDeploys).toBe(false);
    expect(facts.environments.found).toBe(false);
    expect(facts.previewEnvironments.found).toBe(false);
  });

  it('sees a deploy workflow, names its environments, and lists it first', async () => {
    const facts = await analyze({
      '.github/workflows/build.yml': BUILD,
      '.github/workflows/deploy.yaml': DEPLOY,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.ci.paths).toEqual([
      '.github/workflows/deploy.yaml',
      '.github/workflows/build.yml',
    ]);
    expect(facts.ci.message).toBe(
      'GitHub Actions workflow in .github/workflows/deploy.yaml and 1 more',
    );
    expect(facts.environments).toEqual({
      found: true,
      kinds: ['github-environments'],
      paths: ['.github/workflows/deploy.yaml'],
      message: 'GitHub Actions environments in .github/workflows/deploy.yaml',
      values: ['production', 'staging'],
    });
  });

  it.each([
    [
      'a known deploy action',
      `      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: task.json
          service: api
          cluster: prod`,
    ],
    [
      'terraform apply after setup-terraform',
      `      - uses: hashicorp/setup-terraform@v3
      - run: |
          terraform init
          terraform apply -auto-approve`,
    ],
    [
      'pulumi/actions told to go up',
      `      - uses: pulumi/actions@v5
        with:
          command: up
          stack-name: prod`,
    ],
  ])('sees a deploy in %s', async (_, steps) => {
    const facts = await analyze({
      '.github/workflows/release.yml': `on: [push]\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`,
    });
    expect(facts.ci.found).toBe(true);
    expect(facts.ciDeploys).toBe(true);
  });

  it.each([
    [
      'setup-terraform with a plan only',
      `      - uses: hashicorp/setup-terraform@v3
      - run: terraform plan -no-color`,
    ],
    [
      'pulumi/actions previewing',
      `      - uses: pulumi/actions@v5
        with:
          command: preview`,
    ],
    ['a docker push', `      - run: docker push ghcr.io/acme/api:latest`],
  ])('sees no deploy in %s', async (_, steps) => {
    const facts = await analyze({
      '.github/workflows/ci.yml': `on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`,
    });
    expect(facts.ci.found).toBe(true);
    expect(facts.ciDeploys).toBe(false);
  });

  it('finds preview environments of a pull-request workflow', async () => {
    const facts = await analyze({
      '.github/workflows/preview.yml': `on:
  pull_request:
    types: [opened, synchronize, closed]
jobs:
  preview:
    runs-on: ubuntu-latest
    environment:
      name: pr-\${{ github.event.number }}
      url: \${{ steps.deploy.outputs.url }}
    steps:
      - id: deploy
        run: flyctl deploy --app api-pr-\${{ github.event.number }}
`,
      '.github/workflows/deploy.yml': DEPLOY,
    });
    expect(facts.previewEnvironments).toEqual({
      found: true,
      kinds: ['github-actions-preview'],
      paths: ['.github/workflows/preview.yml'],
      message:
        'pull-request preview environments in .github/workflows/preview.yml',
      values: [],
    });
    expect(facts.environments.values).toEqual([
      'preview',
      'production',
      'staging',
    ]);
  });

  it('does not take a preview-named environment on push for a preview environment', async () => {
    const facts = await analyze({
      '.github/workflows/preview.yml': `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: preview
    steps:
      - run: ./deploy.sh
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.previewEnvironments.found).toBe(false);
  });

  it('needs two environments between the workflows, and skips computed names', async () => {
    const facts = await analyze({
      '.github/workflows/deploy.yml': `on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: make deploy
  manual:
    runs-on: ubuntu-latest
    environment: \${{ inputs.target }}
    steps:
      - run: make deploy
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.environments.found).toBe(false);
  });

  it('resolves environments and regions from a deploy matrix and reusable workflow calls', async () => {
    const facts = await analyze({
      '.github/workflows/deploy.yml': `on:
  push:
    branches: [main]
jobs:
  deploy:
    strategy:
      matrix:
        environment: [staging, production]
        region: [eu-west-1, us-east-1]
    runs-on: ubuntu-latest
    environment: \${{ matrix.environment }}
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-region: \${{ matrix.region }}
      - run: npx cdk deploy --all
  dr:
    uses: ./.github/workflows/reusable-deploy.yml
    with:
      environment: dr
`,
    });
    expect(facts.environments.values).toEqual(['dr', 'production', 'staging']);
    expect(facts.regions).toEqual({
      found: true,
      kinds: ['github-actions-regions'],
      paths: ['.github/workflows/deploy.yml'],
      message:
        'GitHub Actions deployment regions in .github/workflows/deploy.yml',
      values: ['eu-west-1', 'us-east-1'],
    });
    expect(facts.multiRegion).toBe(true);
  });

  it('takes regions from action inputs, through a matrix of any name', async () => {
    const facts = await analyze({
      '.github/workflows/deploy.yml': `on: push
jobs:
  deploy:
    strategy:
      matrix:
        target: [europe-west1, us-central1]
    runs-on: ubuntu-latest
    steps:
      - uses: google-github-actions/deploy-cloudrun@v2
        with:
          service: orders
          region: \${{ matrix.target }}
`,
    });
    expect(facts.regions.values).toEqual(['europe-west1', 'us-central1']);
  });

  it('takes no regions from a test matrix or from values that are not regions', async () => {
    const facts = await analyze({
      '.github/workflows/ci.yml': `on: push
jobs:
  test:
    strategy:
      matrix:
        region: [eu-west-1, us-east-1]
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  deploy:
    strategy:
      matrix:
        region: [europe, america]
    runs-on: ubuntu-latest
    steps:
      - run: serverless deploy --region \${{ matrix.region }}
`,
    });
    expect(facts.ciDeploys).toBe(true);
    expect(facts.regions.found).toBe(false);
  });

  it('ignores housekeeping workflows, YAML elsewhere, and files without jobs', async () => {
    const facts = await analyze({
      '.github/workflows/stale.yml': `on:
  schedule:
    - cron: '0 3 * * *'
jobs:
  stale:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/stale@v9
`,
      '.github/dependabot.yml': 'version: 2\nupdates: []\n',
      '.github/workflows/README.md': '# Workflows\n',
      '.github/workflows/notes.yml': 'on: push\n',
      'ci/workflows/deploy.yml': DEPLOY,
    });
    expect(facts.ci.found).toBe(false);
    expect(facts.ci.message).toBe('');
  });
});
