import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import yaml from 'yaml';
import { expectValidModule } from '../../__testUtils__/moduleAssertions';
import { repositoryFactsOf } from '../../__testUtils__/repository';
import { resourcesOf } from '../../__testUtils__/terraform';
import { createIacGenerateAction } from './generate';
import { examples } from './generate.examples';

// The first test loads HashiCorp's HCL parser (WebAssembly).
jest.setTimeout(60_000);

type ActionInput = Parameters<
  ReturnType<typeof createIacGenerateAction>['handler']
>[0]['input'];

const COMMON = {
  owner: 'group:default/payments',
  costCenter: 'CC-2100',
  region: 'eu-central-1' as const,
};

const PROFILE_INPUTS: Array<[string, ActionInput]> = [
  [
    'container-service',
    {
      ...COMMON,
      profile: 'container-service',
      name: 'orders',
      cluster: 'acme-prod',
      image: 'ghcr.io/acme/orders:1.4.2',
      size: 'medium',
    },
  ],
  [
    'container-service with KEDA',
    {
      ...COMMON,
      profile: 'container-service',
      name: 'orders-worker',
      cluster: 'acme-prod',
      image: 'ghcr.io/acme/orders-worker:1.4.2',
      scaler: 'keda',
      queueName: 'orders-jobs',
      minReplicas: 1,
      maxReplicas: 30,
    },
  ],
  [
    'managed-database',
    {
      ...COMMON,
      profile: 'managed-database',
      name: 'orders-db',
      size: 'large',
      engine: 'mysql',
      multiAz: false,
    },
  ],
  ['queue', { ...COMMON, profile: 'queue', name: 'orders-jobs' }],
  [
    'preview-environment',
    {
      ...COMMON,
      profile: 'preview-environment',
      name: 'orders-pr-7',
      targetDir: 'infra/previews/pr-7',
      cluster: 'acme-preview',
      image: 'ghcr.io/acme/orders:pr-7',
      ttlHours: 8,
    },
  ],
  [
    'autoscaling-observability',
    {
      ...COMMON,
      profile: 'autoscaling-observability',
      name: 'orders',
      namespace: 'shop',
      cluster: 'acme-prod',
    },
  ],
];

describe('flexinfra:iac:generate', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const action = createIacGenerateAction();

  function contextFor(input: ActionInput) {
    return createMockActionContext<ActionInput>({ input, workspacePath });
  }

  function outputsOf(ctx: ReturnType<typeof contextFor>) {
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  }

  async function run(input: ActionInput, options: { isDryRun?: boolean } = {}) {
    const ctx = { ...contextFor(input), ...options };
    await action.handler(ctx);
    return outputsOf(ctx);
  }

  async function readWorkspace(paths: string[]) {
    const files = new Map<string, string>();
    for (const path of paths) {
      files.set(path, await fs.readFile(join(workspacePath, path), 'utf8'));
    }
    return files;
  }

  beforeEach(() => {
    mockDir.setContent({ workspace: {}, 'outside.txt': 'outside' });
  });

  it.each(PROFILE_INPUTS)(
    'writes a parseable, tagged, monitored %s module with its workflow',
    async (_, input) => {
      const outputs = await run(input);
      const directory = outputs.directory;
      expect(outputs.created).toEqual(outputs.files);
      expect(outputs.updated).toEqual([]);
      expect(outputs.unchanged).toEqual([]);
      const files = await readWorkspace(outputs.files);
      await expectValidModule(files, {
        directory,
        workflow: `.github/workflows/terraform-${input.name}.yml`,
      });
    },
  );

  it('gives a container service a zone-spread Deployment, an HPA, a disruption budget, and annotates only what no file proves', async () => {
    const outputs = await run(PROFILE_INPUTS[0][1]);
    const files = await readWorkspace(outputs.files);
    const parsed = await expectValidModule(files, {
      directory: 'infra/orders',
      workflow: '.github/workflows/terraform-orders.yml',
    });
    const types = resourcesOf(parsed).map(r => `${r.type}.${r.name}`);
    expect(types).toEqual(
      expect.arrayContaining([
        'kubernetes_deployment_v1.this',
        'kubernetes_service_v1.this',
        'kubernetes_pod_disruption_budget_v1.this',
        'kubernetes_horizontal_pod_autoscaler_v2.this',
        'aws_sns_topic.alerts',
        'aws_cloudwatch_metric_alarm.pods_below_minimum',
        'aws_cloudwatch_metric_alarm.pods_at_maximum',
        'aws_cloudwatch_dashboard.this',
      ]),
    );
    const deployment = resourcesOf(parsed).find(
      r => r.type === 'kubernetes_deployment_v1',
    )!;
    expect(
      deployment.body.spec[0].template[0].spec[0].topology_spread_constraint[0]
        .topology_key,
    ).toBe('topology.kubernetes.io/zone');
    expect(files.get('infra/orders/terraform.tfvars')).toContain(
      'cpu                    = "500m"',
    );
    expect(outputs.annotations).toEqual({
      'backstage.io/kubernetes-id': 'orders',
    });
    expect(outputs.listAnnotations).toEqual({
      'flexinfra.io/environments': ['production'],
    });
    expect(outputs.supersededAnnotations).toEqual([
      'flexinfra.io/provisioning',
      'flexinfra.io/iac-tool',
      'flexinfra.io/iac-location',
      'flexinfra.io/autoscaling',
      'flexinfra.io/cost-center',
    ]);
    expect(outputs.links).toEqual([
      {
        url: 'https://eu-central-1.console.aws.amazon.com/cloudwatch/home?region=eu-central-1#dashboards/dashboard/orders',
        title: 'Dashboard (CloudWatch)',
        type: 'dashboard',
        icon: 'dashboard',
      },
    ]);
  });

  it('gives a database storage autoscaling and backups, written where the analyzer reads them, and no annotations', async () => {
    const outputs = await run(PROFILE_INPUTS[2][1]);
    const files = await readWorkspace(outputs.files);
    const parsed = await expectValidModule(files, {
      directory: 'infra/orders-db',
      workflow: '.github/workflows/terraform-orders-db.yml',
    });
    const database = resourcesOf(parsed).find(
      r => r.type === 'aws_db_instance',
    )!;
    expect(database.body).toMatchObject({
      max_allocated_storage: '${var.max_allocated_storage}',
      storage_encrypted: true,
      deletion_protection: true,
      manage_master_user_password: true,
      multi_az: false,
      backup_retention_period: 7,
    });
    expect(files.get('infra/orders-db/terraform.tfvars')).toMatch(
      /instance_class +\= "db\.r7g\.xlarge"/,
    );
    // Single-AZ: redundancy is not among what the files answer.
    expect(outputs.annotations).toEqual({});
    expect(outputs.listAnnotations).toEqual({});
    expect(outputs.supersededAnnotations).toEqual([
      'flexinfra.io/provisioning',
      'flexinfra.io/iac-tool',
      'flexinfra.io/iac-location',
      'flexinfra.io/cost-center',
      'flexinfra.io/backup',
    ]);
    const facts = await repositoryFactsOf(files);
    expect(facts.backups.paths).toEqual(['infra/orders-db/main.tf']);
    expect(facts.redundancy.found).toBe(false);
    expect(facts.redundancy.message).toContain('multi_az is false');
  });

  it('gives a preview environment an expiry, and a workflow that proves it, with nothing to annotate', async () => {
    const outputs = await run(PROFILE_INPUTS[4][1]);
    expect(outputs.directory).toBe('infra/previews/pr-7');
    const files = await readWorkspace(outputs.files);
    expect(files.get('infra/previews/pr-7/terraform.tfvars')).toMatch(
      /ttl_hours += 8/,
    );
    expect(files.get('infra/previews/pr-7/outputs.tf')).toContain(
      'output "expires_at"',
    );
    const workflow = yaml.parse(
      files.get('.github/workflows/terraform-orders-pr-7.yml')!,
    );
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'apply', 'expire']);
    expect(outputs.annotations).toEqual({});
    expect(outputs.listAnnotations).toEqual({});
    expect(outputs.supersededAnnotations).toEqual([]);
    expect(outputs.links).toEqual([]);
    const facts = await repositoryFactsOf(files);
    expect(facts.previewEnvironments).toMatchObject({
      found: true,
      paths: ['.github/workflows/terraform-orders-pr-7.yml'],
    });
  });

  it('declares a queue redundant, which SQS is by design and no argument says', async () => {
    const outputs = await run(PROFILE_INPUTS[3][1]);
    expect(outputs.annotations).toEqual({
      'flexinfra.io/redundancy': 'multi-az',
    });
    const facts = await repositoryFactsOf(await readWorkspace(outputs.files));
    expect(facts.redundancy.found).toBe(false);
  });

  it('is idempotent: a second run with the same input writes the same bytes and reports them unchanged', async () => {
    const input = PROFILE_INPUTS[0][1];
    const first = await run(input);
    const before = await readWorkspace(first.files);
    const second = await run(input);
    expect(second.files).toEqual(first.files);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toEqual(first.files);
    expect(await readWorkspace(second.files)).toEqual(before);
    expect(second.annotations).toEqual(first.annotations);
  });

  it('rewrites the files it generated when the input changes', async () => {
    const input = PROFILE_INPUTS[0][1];
    await run(input);
    const outputs = await run({ ...input, maxReplicas: 20 });
    expect(outputs.updated).toEqual([
      'infra/orders/README.md',
      'infra/orders/terraform.tfvars',
    ]);
    expect(
      await fs.readFile(
        join(workspacePath, 'infra/orders/terraform.tfvars'),
        'utf8',
      ),
    ).toContain('max_replicas           = 20');
  });

  it('in a dry run writes the module as a real run does, into the dry run’s temporary workspace', async () => {
    const input = PROFILE_INPUTS[3][1];
    const dryRun = await run(input, { isDryRun: true });
    expect(dryRun.created.length).toBeGreaterThan(0);
    const real = await run(input);
    expect(real.unchanged).toEqual(dryRun.created);
    expect(real.annotations).toEqual(dryRun.annotations);
  });

  it('does not overwrite files it did not write unless told to', async () => {
    mockDir.setContent({
      workspace: { 'infra/orders/main.tf': '# hand-written\n' },
    });
    const input = PROFILE_INPUTS[0][1];
    await expect(run(input)).rejects.toThrow(
      'The workspace already has infra/orders/main.tf, not written by flexinfra:iac:generate; choose another targetDir or name, or set overwrite: true to replace them',
    );
    // Nothing was written.
    await expect(
      fs.access(join(workspacePath, 'infra/orders/versions.tf')),
    ).rejects.toThrow();
    const outputs = await run({ ...input, overwrite: true });
    expect(outputs.updated).toEqual(['infra/orders/main.tf']);
  });

  it.each([
    ['../outside', 'targetDir "../outside" leads out of the workspace'],
    ['/tmp/infra', 'targetDir "/tmp/infra" is absolute'],
  ])('refuses targetDir %s', async (targetDir, message) => {
    await expect(run({ ...PROFILE_INPUTS[3][1], targetDir })).rejects.toThrow(
      message,
    );
  });

  it('refuses to write through a symbolic link that leads out of the workspace', async () => {
    await fs.symlink(mockDir.path, join(workspacePath, 'escape'));
    await expect(
      run({ ...PROFILE_INPUTS[3][1], targetDir: 'escape/infra' }),
    ).rejects.toThrow('is outside the workspace');
    await expect(fs.access(join(mockDir.path, 'infra'))).rejects.toThrow();
  });

  it('refuses invalid input before writing anything, naming the fields', async () => {
    await expect(
      run({
        ...PROFILE_INPUTS[0][1],
        name: 'Orders',
        size: 'xl' as 'small',
      }),
    ).rejects.toThrow(
      /name \(got "Orders"\) must be a lowercase DNS label.*size \(got "xl"\) must be one of small, medium, large/,
    );
    expect(await fs.readdir(workspacePath)).toEqual([]);
  });

  /** The repository fact that answers each annotation a module supersedes. */
  const FACT_OF_ANNOTATION: Record<string, string> = {
    'flexinfra.io/provisioning': 'iac',
    'flexinfra.io/iac-tool': 'iac',
    'flexinfra.io/iac-location': 'iac',
    'flexinfra.io/cost-center': 'costAttribution',
    'flexinfra.io/autoscaling': 'autoscaling',
    'flexinfra.io/backup': 'backups',
    'flexinfra.io/redundancy': 'redundancy',
  };

  it.each(PROFILE_INPUTS)(
    '%s: every annotation it stops declaring is proven by its files to the repository analyzer',
    async (_, input) => {
      const outputs = await run(input);
      const facts = (await repositoryFactsOf(
        await readWorkspace(outputs.files),
      )) as unknown as Record<string, { found: boolean; paths: string[] }>;
      const unproven = (outputs.supersededAnnotations as string[]).filter(
        key => !facts[FACT_OF_ANNOTATION[key]]?.found,
      );
      expect(unproven).toEqual([]);
      // The module, its workflow, its alarms and its tags, always.
      expect(facts.iac.paths).toContain(`${outputs.directory}/main.tf`);
      expect(facts.ci.paths).toEqual([
        `.github/workflows/terraform-${input.name}.yml`,
      ]);
      expect(facts.monitoring.paths).toEqual([
        `${outputs.directory}/monitoring.tf`,
      ]);
      expect(facts.costAttribution.paths).toEqual([
        `${outputs.directory}/locals.tf`,
      ]);
    },
  );

  it.each([
    [
      'a Terraform kubernetes_horizontal_pod_autoscaler_v2 as autoscaling',
      PROFILE_INPUTS[0][1],
      'autoscaling',
      'infra/orders/autoscaling.tf',
    ],
    [
      'a Terraform kubernetes_manifest holding a KEDA ScaledObject as autoscaling',
      PROFILE_INPUTS[1][1],
      'autoscaling',
      'infra/orders-worker/autoscaling.tf',
    ],
    [
      'a Terraform kubernetes_deployment_v1 as a deployment',
      PROFILE_INPUTS[0][1],
      'deployment',
      'infra/orders/main.tf',
    ],
    [
      'a Terraform kubernetes_deployment_v1 of 2+ replicas spread over zones (topology_spread_constraint on topology.kubernetes.io/zone) as redundancy',
      PROFILE_INPUTS[0][1],
      'redundancy',
      'infra/orders/main.tf',
    ],
    [
      'a multi-AZ aws_db_instance as redundancy',
      { ...PROFILE_INPUTS[2][1], multiAz: true },
      'redundancy',
      'infra/orders-db/main.tf',
    ],
  ] as Array<[string, ActionInput, string, string]>)(
    'is read by the repository analyzer: %s',
    async (_, input, fact, path) => {
      const outputs = await run(input);
      const facts = (await repositoryFactsOf(
        await readWorkspace(outputs.files),
      )) as unknown as Record<string, { found: boolean; paths: string[] }>;
      expect([fact, facts[fact].paths]).toEqual([
        fact,
        expect.arrayContaining([path]),
      ]);
    },
  );

  it('scales a KEDA workload on demand, as the analyzer reads it', async () => {
    const outputs = await run(PROFILE_INPUTS[1][1]);
    const facts = await repositoryFactsOf(await readWorkspace(outputs.files));
    expect(facts.demandDriven).toBe(true);
  });

  it('has examples whose steps run', async () => {
    for (const example of examples) {
      const steps = yaml.parse(example.example).steps as Array<{
        action: string;
        input: ActionInput;
      }>;
      for (const step of steps.filter(
        s => s.action === 'flexinfra:iac:generate',
      )) {
        const outputs = await run(step.input);
        expect(outputs.files.length).toBeGreaterThan(5);
      }
    }
  });
});
