import yaml from 'yaml';
import { ModuleSpec } from '../types';
import { TERRAFORM_VERSION } from './terraform';

/** Where the module's GitHub Actions workflow goes. */
export function workflowPath(spec: ModuleSpec): string {
  return `.github/workflows/terraform-${spec.name}.yml`;
}

type Step = Record<string, unknown>;

/**
 * Steps after the checkout run only while the module exists, so that the
 * push that deletes it (e.g. an expired preview's removal) is a no-op.
 */
function whilePresent(spec: ModuleSpec, steps: Step[]): Step[] {
  const present = `hashFiles('${spec.targetDir}/versions.tf') != ''`;
  return steps.map(({ name, if: condition, ...rest }) => ({
    ...(name !== undefined && { name }),
    if: condition ? `${present} && ${condition}` : present,
    ...rest,
  }));
}

const CHECKOUT: Step = { uses: 'actions/checkout@v4' };
const SETUP_TERRAFORM: Step = {
  uses: 'hashicorp/setup-terraform@v3',
  with: { terraform_version: TERRAFORM_VERSION },
};

function awsCredentials(roleVariable: string): Step {
  return {
    name: 'AWS credentials (OIDC)',
    uses: 'aws-actions/configure-aws-credentials@v4',
    with: {
      'role-to-assume': `\${{ vars.${roleVariable} }}`,
      'aws-region': '${{ env.AWS_REGION }}',
    },
  };
}

const INIT: Step = {
  name: 'terraform init',
  run: 'terraform init -backend-config="bucket=${{ vars.TF_STATE_BUCKET }}"',
};

/** On pull requests: format check, validation and a plan, never a change. */
function planJob(spec: ModuleSpec): Record<string, unknown> {
  return {
    name: 'fmt, validate, plan',
    if: "github.event_name == 'pull_request'",
    'runs-on': 'ubuntu-latest',
    steps: [
      CHECKOUT,
      ...whilePresent(spec, [
        SETUP_TERRAFORM,
        { name: 'terraform fmt', run: 'terraform fmt -check -diff' },
        awsCredentials('TERRAFORM_PLAN_ROLE_ARN'),
        INIT,
        { name: 'terraform validate', run: 'terraform validate' },
        {
          name: 'terraform plan',
          run: 'terraform plan -lock-timeout=5m -out=tfplan',
        },
      ]),
    ],
  };
}

/** On merge to main: apply what was reviewed, behind a GitHub environment. */
function applyJob(spec: ModuleSpec): Record<string, unknown> {
  return {
    name: 'apply',
    if: "github.event_name == 'push' && github.ref == 'refs/heads/main'",
    'runs-on': 'ubuntu-latest',
    environment:
      spec.profile === 'preview-environment' ? 'preview' : spec.environment,
    steps: [
      CHECKOUT,
      ...whilePresent(spec, [
        SETUP_TERRAFORM,
        awsCredentials('TERRAFORM_APPLY_ROLE_ARN'),
        INIT,
        {
          name: 'terraform apply',
          run: 'terraform apply -auto-approve -lock-timeout=5m',
        },
      ]),
    ],
  };
}

const EXPIRY_CHECK = `expires_at="$(terraform output -raw expires_at 2>/dev/null || true)"
if [ -z "$expires_at" ]; then
  echo "The environment is not applied; nothing expires."
  echo "expired=false" >> "$GITHUB_OUTPUT"
elif [ "$(date -u +%s)" -ge "$(date -u -d "$expires_at" +%s)" ]; then
  echo "The environment expired at $expires_at."
  echo "expired=true" >> "$GITHUB_OUTPUT"
else
  echo "The environment expires at $expires_at."
  echo "expired=false" >> "$GITHUB_OUTPUT"
fi
`;

function removalScript(spec: ModuleSpec): string {
  const branch = `flexinfra/expire-${spec.name}`;
  return `git config user.name "github-actions[bot]"
git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
git switch -c "${branch}"
git rm -r -q "${spec.targetDir}"
git commit -m "Remove the expired preview environment ${spec.name}"
git push --force origin "${branch}"
gh pr create --base main --head "${branch}" \\
  --title "Remove the expired preview environment ${spec.name}" \\
  --body "The environment expired and was destroyed by the workflow. Merge to remove its code; then delete ${workflowPath(
    spec,
  )} (the workflow token may not change workflows)." \\
  || echo "A pull request for ${branch} is already open."
`;
}

/**
 * Every hour: destroy the preview environment once its TTL has passed, and
 * propose removing its code.
 */
function expireJob(spec: ModuleSpec): Record<string, unknown> {
  return {
    name: 'destroy when expired',
    if: "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'",
    'runs-on': 'ubuntu-latest',
    permissions: {
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    },
    steps: [
      CHECKOUT,
      ...whilePresent(spec, [
        SETUP_TERRAFORM,
        awsCredentials('TERRAFORM_APPLY_ROLE_ARN'),
        INIT,
        { name: 'Has it expired?', id: 'ttl', run: EXPIRY_CHECK },
        {
          name: 'terraform destroy',
          if: "steps.ttl.outputs.expired == 'true'",
          run: 'terraform destroy -auto-approve -lock-timeout=5m',
        },
        {
          name: 'Propose removing its code',
          if: "steps.ttl.outputs.expired == 'true'",
          'working-directory': '.',
          env: { GH_TOKEN: '${{ github.token }}' },
          run: removalScript(spec),
        },
      ]),
    ],
  };
}

/**
 * The module's CI workflow (GitHub Actions): `fmt -check`, `validate` and
 * `plan` on every pull request that touches it, `apply` on merge to main,
 * through AWS credentials from OIDC roles, one run at a time. A preview
 * environment's workflow also destroys it when it expires.
 */
export function renderWorkflow(spec: ModuleSpec, header: string): string {
  const paths = [`${spec.targetDir}/**`, workflowPath(spec)];
  const on: Record<string, unknown> = {
    pull_request: { branches: ['main'], paths },
    push: { branches: ['main'], paths },
  };
  const jobs: Record<string, unknown> = {
    plan: planJob(spec),
    apply: applyJob(spec),
  };
  if (spec.profile === 'preview-environment') {
    on.schedule = [{ cron: '17 * * * *' }];
    on.workflow_dispatch = {};
    jobs.expire = expireJob(spec);
  }
  const workflow = {
    name: `terraform ${spec.targetDir}`,
    on,
    permissions: { contents: 'read', 'id-token': 'write' },
    concurrency: {
      group: `terraform-${spec.name}`,
      'cancel-in-progress': false,
    },
    env: {
      AWS_REGION: spec.region,
      TF_IN_AUTOMATION: 'true',
      TF_INPUT: 'false',
    },
    defaults: { run: { 'working-directory': spec.targetDir } },
    jobs,
  };
  const comments = header
    .split('\n')
    .map(line => `# ${line}`)
    .join('\n');
  return `${comments}\n${yaml.stringify(workflow, {
    lineWidth: 0,
    aliasDuplicateObjects: false,
  })}`;
}
