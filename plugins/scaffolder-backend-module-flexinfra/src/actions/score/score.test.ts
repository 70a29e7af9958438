import {
  createMockDirectory,
  mockCredentials,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import {
  CHECKOUT_API_FILE,
  INVOICE_SERVICE_FILE,
} from '../../__testUtils__/fixtures';
import { createScoreAction } from './score';
import { examples } from './score.examples';

type ActionInput = Parameters<
  ReturnType<typeof createScoreAction>['handler']
>[0]['input'];

const ORDERS_FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders
  annotations:
    github.com/project-slug: acme/orders
    backstage.io/techdocs-ref: dir:.
    backstage.io/kubernetes-id: orders
    flexinfra.io/provisioning: iac
    flexinfra.io/iac-tool: terraform
    flexinfra.io/iac-location: url:https://github.com/acme/orders/tree/main/infra
    flexinfra.io/autoscaling: hpa
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
  system: shop
  dependsOn:
    - resource:default/orders-db
    - resource:default/orders-queue
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-db
  annotations:
    flexinfra.io/provisioning: iac
spec:
  type: database
  owner: group:default/payments
  system: shop
`;

const ORDERS_QUEUE: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'orders-queue',
    namespace: 'default',
    annotations: { 'flexinfra.io/provisioning': 'ticket' },
  },
  spec: { type: 'queue', owner: 'group:default/payments' },
};

const LIBRARY: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ledger-lib', namespace: 'default' },
  spec: { type: 'library', owner: 'group:default/payments' },
};

function catalogEntity(content: string): Entity {
  const entity = yaml.parse(content) as Entity;
  return { ...entity, metadata: { namespace: 'default', ...entity.metadata } };
}

describe('flexinfra:score', () => {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  const catalog = catalogServiceMock({
    entities: [
      ORDERS_QUEUE,
      LIBRARY,
      catalogEntity(INVOICE_SERVICE_FILE),
      catalogEntity(CHECKOUT_API_FILE),
    ],
  });
  const action = createScoreAction({ catalog });

  function contextFor(input: ActionInput) {
    return createMockActionContext<ActionInput>({ input, workspacePath });
  }

  async function run(input: ActionInput, options: { isDryRun?: boolean } = {}) {
    const ctx = { ...contextFor(input), ...options };
    await action.handler(ctx);
    return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  }

  beforeEach(() => {
    mockDir.setContent({
      'outside.yaml': INVOICE_SERVICE_FILE,
      workspace: {
        'catalog-info.yaml': INVOICE_SERVICE_FILE,
        'services/orders/catalog-info.yaml': ORDERS_FILE,
      },
    });
  });

  it('scores the catalog-info.yaml of the workspace', async () => {
    const outputs = await run({ catalogInfoPath: 'catalog-info.yaml' });
    expect(outputs).toMatchObject({
      entityRef: 'component:default/invoice-service',
      stage: 2,
      stageName: 'Standardised but Rigid',
      score: expect.any(Number),
      doraScore: expect.any(Number),
      nextStage: {
        number: 3,
        name: 'Elastic & Programmable',
        missing: [
          'iac-managed',
          'iac-location',
          'declarative-deploy',
          'autoscaling',
        ],
      },
    });
    expect(outputs.passingChecks).toEqual(
      expect.arrayContaining(['owned', 'ci-pipeline', 'cost-visibility']),
    );
    expect(outputs.failingChecks).toContainEqual({
      id: 'iac-managed',
      title: 'Infrastructure is defined as code',
      stage: 3,
      message: expect.stringMatching(/^Missing /),
    });
    expect(outputs.failingChecks).toContainEqual(
      expect.objectContaining({ id: 'code-quality', stage: null }),
    );
  });

  it('picks the entity of a multi-document file and finds its dependencies in the file and, for the others, in the catalog', async () => {
    const outputs = await run({
      catalogInfoPath: 'services/orders/catalog-info.yaml',
      entityRef: 'component:orders',
    });
    expect(outputs.entityRef).toBe('component:default/orders');
    expect(outputs.stage).toBe(3);
    // orders-db (in the file) is managed as code, orders-queue (in the
    // catalog) is not; one is enough.
    expect(outputs.passingChecks).toContain('managed-dependencies');

    const database = await run({
      catalogInfoPath: 'services/orders/catalog-info.yaml',
      entityRef: 'resource:default/orders-db',
    });
    expect(database.entityRef).toBe('resource:default/orders-db');
  });

  it('reads an entity of the catalog with the credentials of the user who started the task', async () => {
    const getEntityByRef = jest.spyOn(catalog, 'getEntityByRef');
    const outputs = await run({ entityRef: 'component:default/checkout-api' });
    expect(outputs.stage).toBe(4);
    expect(outputs.nextStage.missing).toEqual([
      'ephemeral-environments',
      'self-service',
    ]);
    expect(getEntityByRef).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'checkout-api' }),
      { credentials: mockCredentials.user() },
    );
  });

  it('works in a dry run, where it only reads', async () => {
    const outputs = await run(
      { catalogInfoPath: 'catalog-info.yaml' },
      { isDryRun: true },
    );
    expect(outputs.stage).toBe(2);
  });

  describe('as a policy gate', () => {
    it('fails the step with minStage, naming the checks missing for that stage, after setting the outputs', async () => {
      const ctx = contextFor({
        catalogInfoPath: 'catalog-info.yaml',
        minStage: 3,
      });
      await expect(action.handler(ctx)).rejects.toThrow(
        'component:default/invoice-service is at stage 2 (Standardised but Rigid), below the required stage 3 (Elastic & Programmable). Missing for stage 3 (Elastic & Programmable): iac-managed (Infrastructure is defined as code, stage 3), iac-location (Infrastructure code is linked, stage 3), declarative-deploy (Deployed declaratively on a shared platform, stage 3), autoscaling (Scales automatically, stage 3).',
      );
      expect(ctx.output).toHaveBeenCalledWith('stage', 2);
    });

    it('names missing checks of lower stages too', async () => {
      mockDir.setContent({
        workspace: {
          'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: bare
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
`,
        },
      });
      await expect(
        run({ catalogInfoPath: 'catalog-info.yaml', minStage: 3 }),
      ).rejects.toThrow(
        /is at stage 1 .*Missing for stage 3 \(Elastic & Programmable\): part-of-system \(Belongs to a system, stage 2\), .*autoscaling \(Scales automatically, stage 3\)\./,
      );
    });

    it('passes when the stage is reached', async () => {
      const outputs = await run({
        entityRef: 'component:default/checkout-api',
        minStage: 4,
      });
      expect(outputs.stage).toBe(4);
    });

    it('explains a stage that no check applies to', async () => {
      mockDir.setContent({
        workspace: {
          'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: orders-queue
  annotations:
    flexinfra.io/provisioning: iac
    flexinfra.io/iac-location: url:https://github.com/acme/orders/tree/main/infra/queue
spec:
  type: queue
  owner: group:default/payments
  system: shop
`,
        },
      });
      // Without the stage-4 checks that apply to Resources, a queue cannot
      // reach stage 4.
      const configured = createScoreAction({
        catalog,
        config: {
          getOptional: () => ({
            checks: {
              'cost-visibility': { enabled: false },
              redundancy: { enabled: false },
            },
          }),
        },
      });
      const ctx = contextFor({
        catalogInfoPath: 'catalog-info.yaml',
        minStage: 4,
      });
      await expect(configured.handler(ctx)).rejects.toThrow(
        'resource:default/orders-queue is at stage 3 (Elastic & Programmable), below the required stage 4 (Resilient & Optimised). No check of stage 4 (Resilient & Optimised) applies to this kind of entity, so it cannot reach it.',
      );
    });

    describe('reads the workspace as the repository of the file it scores', () => {
      // A service that declares nothing about its infrastructure.
      const BILLING_FILE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing
  annotations:
    github.com/project-slug: acme/billing
spec:
  type: service
  lifecycle: production
  owner: group:default/payments
  system: shop
`;
      const BILLING_TERRAFORM = `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }
}

resource "aws_sqs_queue" "billing_jobs" {
  name                      = "billing-jobs"
  message_retention_seconds = 345600
}
`;

      it('passes requireChecks [iac-managed] because of the Terraform beside a catalog-info.yaml without IaC annotations', async () => {
        mockDir.setContent({
          workspace: {
            'catalog-info.yaml': BILLING_FILE,
            'infra/main.tf': BILLING_TERRAFORM,
          },
        });
        const outputs = await run({
          catalogInfoPath: 'catalog-info.yaml',
          requireChecks: ['iac-managed'],
        });
        expect(outputs.passingChecks).toEqual(
          expect.arrayContaining(['iac-managed', 'iac-location']),
        );
        expect(
          outputs.failingChecks.map((check: { id: string }) => check.id),
        ).not.toContain('iac-managed');
      });

      it('fails requireChecks [iac-managed], naming the check, without the Terraform', async () => {
        mockDir.setContent({
          workspace: {
            'catalog-info.yaml': BILLING_FILE,
            // Terraform-looking, but not Terraform: prose about it.
            'docs/terraform.md': 'We will write infra/main.tf next quarter.\n',
          },
        });
        await expect(
          run({
            catalogInfoPath: 'catalog-info.yaml',
            requireChecks: ['iac-managed'],
          }),
        ).rejects.toThrow(
          /^component:default\/billing does not pass the required checks: iac-managed \(Infrastructure is defined as code\): /,
        );
      });
    });

    it('fails with requireChecks when one of them does not pass', async () => {
      await expect(
        run({
          catalogInfoPath: 'catalog-info.yaml',
          requireChecks: ['owned', 'iac-location', 'backups'],
        }),
      ).rejects.toThrow(
        'component:default/invoice-service does not pass the required checks: iac-location (Infrastructure code is linked): Missing infrastructure as code in the repository or annotation flexinfra.io/iac-location.; backups (Data is backed up) does not apply to this kind of entity',
      );
    });
  });

  describe('refuses', () => {
    it.each([
      [
        {},
        'give catalogInfoPath (a catalog file in the workspace) or entityRef',
      ],
      [
        { entityRef: 'orders' },
        'entityRef "orders" is not an entity reference',
      ],
      [
        { entityRef: 'component:default/x', minStage: 6 },
        'minStage 6 must be a stage from 1 to 5',
      ],
      [
        { entityRef: 'component:default/x', requireChecks: ['iac', 'owned'] },
        'requireChecks names "iac", not a check of the model',
      ],
      [
        { catalogInfoPath: '../outside.yaml' },
        'filePath "../outside.yaml" is outside the workspace',
      ],
      [
        { catalogInfoPath: '/etc/catalog-info.yaml' },
        'filePath "/etc/catalog-info.yaml" is absolute',
      ],
      [
        { catalogInfoPath: 'missing.yaml' },
        'missing.yaml does not exist in the workspace',
      ],
      [
        { entityRef: 'component:default/nope' },
        'Entity component:default/nope was not found in the catalog, or you may not read it',
      ],
      [
        { entityRef: 'component:default/ledger-lib' },
        'component:default/ledger-lib is not scored: no check of the FlexInfra model applies to its kind and type',
      ],
      [
        {
          catalogInfoPath: 'services/orders/catalog-info.yaml',
          entityRef: 'component:default/billing',
        },
        'Entity component:default/billing was not found in services/orders/catalog-info.yaml',
      ],
    ] as Array<[ActionInput, string]>)('%j', async (input, message) => {
      await expect(run(input)).rejects.toThrow(message);
    });
  });

  it('scores with the model as app-config changes it (flexinfra.model), like the backend', async () => {
    const configured = createScoreAction({
      catalog,
      config: {
        getOptional: key =>
          key === 'flexinfra.model'
            ? {
                checks: {
                  'declarative-deploy': { enabled: false },
                  autoscaling: { stage: 'none' },
                },
              }
            : undefined,
      },
    });
    const ctx = contextFor({ catalogInfoPath: 'catalog-info.yaml' });
    await configured.handler(ctx);
    const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    expect(outputs.nextStage.missing).toEqual(['iac-managed', 'iac-location']);
  });

  it('has examples that name its inputs', () => {
    for (const example of examples) {
      const steps = yaml.parse(example.example).steps;
      for (const step of steps) {
        expect(step.action).toBe('flexinfra:score');
        expect(
          Object.keys(step.input).every(key =>
            [
              'catalogInfoPath',
              'entityRef',
              'minStage',
              'requireChecks',
            ].includes(key),
          ),
        ).toBe(true);
      }
    }
  });
});
