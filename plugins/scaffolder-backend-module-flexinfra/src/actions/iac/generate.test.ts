import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import yaml from 'yaml';
import { expectValidModule } from '../../__testUtils__/moduleAssertions';
import { resourcesOf } from '../../__testUtils__/terraform';
import { createIacGenerateAction } from './generate';
import { examples } from './generate.examples';

type ActionInput = Parameters<
  ReturnType<typeof createIacGenerateAction>['handler']
>[0]['input'];

const COMMON = {
  owner: 'group:default/payments',
  costCenter: 'CC-2100',
  region: 'eu-central-1' as const,
  sourceLocation: 'https://github.com/acme/orders/tree/main/',
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

  it('gives a container service a zone-spread Deployment, an HPA, a disruption budget, and the annotations of stage 3', async () => {
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
      'flexinfra.io/provisioning': 'iac',
      'flexinfra.io/iac-tool': 'terraform',
      'flexinfra.io/iac-location':
        'url:https://github.com/acme/orders/tree/main/infra/orders',
      'backstage.io/kubernetes-id': 'orders',
      'flexinfra.io/autoscaling': 'hpa',
      'flexinfra.io/cost-center': 'CC-2100',
      'flexinfra.io/redundancy': 'multi-az',
    });
    expect(outputs.listAnnotations).toEqual({
      'flexinfra.io/environments': ['production'],
      'flexinfra.io/regions': ['eu-central-1'],
    });
    expect(outputs.links).toEqual([
      {
        url: 'https://eu-central-1.console.aws.amazon.com/cloudwatch/home?region=eu-central-1#dashboards/dashboard/orders',
        title: 'Dashboard (CloudWatch)',
        type: 'dashboard',
        icon: 'dashboard',
      },
    ]);
  });

  it('gives a database storage autoscaling, backups and the annotations of a Resource', async () => {
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
      multi_az: '${var.multi_az}',
    });
    expect(files.get('infra/orders-db/terraform.tfvars')).toMatch(
      /instance_class +\= "db\.r7g\.xlarge"[\s\S]*multi_az +\= false/,
    );
    // Single-AZ: no redundancy claimed; Resources carry no environments.
    expect(outputs.annotations).toEqual({
      'flexinfra.io/provisioning': 'iac',
      'flexinfra.io/iac-tool': 'terraform',
      'flexinfra.io/iac-location':
        'url:https://github.com/acme/orders/tree/main/infra/orders-db',
      'flexinfra.io/cost-center': 'CC-2100',
      'flexinfra.io/backup': 'continuous',
    });
    expect(outputs.listAnnotations).toEqual({
      'flexinfra.io/regions': ['eu-central-1'],
    });
  });

  it('gives a preview environment an expiry, and only says the service has preview environments', async () => {
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
    expect(outputs.listAnnotations).toEqual({
      'flexinfra.io/environments': ['preview'],
    });
    expect(outputs.links).toEqual([]);
  });

  it('leaves out the iac-location annotation, with a warning, when the repository is not known', async () => {
    const ctx = contextFor({
      ...PROFILE_INPUTS[3][1],
      sourceLocation: undefined,
    });
    await action.handler(ctx);
    const outputs = outputsOf(ctx);
    expect(outputs.annotations['flexinfra.io/iac-location']).toBeUndefined();
    expect(outputs.annotations['flexinfra.io/iac-tool']).toBe('terraform');
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
