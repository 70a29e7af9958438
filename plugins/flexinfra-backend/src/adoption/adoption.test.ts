import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  coreServices,
  createBackendModule,
  type SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import {
  createTemplateAction,
  scaffolderActionsExtensionPoint,
} from '@backstage/plugin-scaffolder-node';
import request from 'supertest';
import { eventually, writeCatalogFile } from '../__testUtils__/realBackend';
import { flexinfraPlugin } from '../plugin';
import { ADOPTION_TASK_ID } from './TemplateRunReader';

/*
 * Adoption end to end: the real catalog holds a service and a template the
 * model links (flexinfra-adopt-iac); the real scaffolder runs it (no dry
 * run) for the service as a user, with a stand-in for the publish action
 * that only records what it was asked; FlexInfra's reader, triggered on
 * schedule or by the scaffolder's task events, stores the run and
 * GET /adoption lists it.
 */

jest.setTimeout(120_000);

const USER = 'user:default/alice';
const SERVICE = 'component:default/checkout-api';
const TEMPLATE = 'template:default/flexinfra-adopt-iac';

/** What the stand-in publish action was asked to open. */
const published: string[] = [];

const publishStandIn = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'flexinfra-test-publish',
  register({ registerInit }) {
    registerInit({
      deps: { actions: scaffolderActionsExtensionPoint },
      async init({ actions }) {
        actions.addActions(
          createTemplateAction({
            id: 'publish:github:pull-request',
            description: 'Stand-in: records the pull request it would open',
            schema: {
              input: { title: z => z.string() },
              output: { remoteUrl: z => z.string() },
            },
            async handler(ctx) {
              ctx.logger.info(`Would open a pull request: ${ctx.input.title}`);
              published.push(ctx.input.title);
              ctx.output('remoteUrl', 'https://example.com/acme/pull/1');
            },
          }),
        );
      },
    });
  },
});

/** FlexInfra's scheduler, to trigger its adoption read. */
let scheduler: SchedulerService | undefined;

const schedulerOfFlexinfra = createBackendModule({
  pluginId: 'flexinfra',
  moduleId: 'test-scheduler',
  register({ registerInit }) {
    registerInit({
      deps: { pluginScheduler: coreServices.scheduler },
      async init({ pluginScheduler }) {
        scheduler = pluginScheduler;
      },
    });
  },
});

function writeCatalog(): string {
  const docs = [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'checkout-api' },
      spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    },
    {
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      kind: 'Template',
      metadata: {
        name: 'flexinfra-adopt-iac',
        title: 'Adopt infrastructure as code',
      },
      spec: {
        owner: 'group:default/team-a',
        type: 'infrastructure',
        parameters: [
          {
            required: ['entityRef'],
            properties: { entityRef: { type: 'string' } },
          },
        ],
        steps: [
          {
            id: 'pr',
            name: 'Open a pull request',
            action: 'publish:github:pull-request',
            input: { title: 'Adopt IaC for ${{ parameters.entityRef }}' },
          },
        ],
        output: { links: [{ url: '${{ steps.pr.output.remoteUrl }}' }] },
      },
    },
  ];
  return writeCatalogFile(docs);
}

describe('adoption with the real scaffolder', () => {
  let server: Parameters<typeof request>[0];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        // Tasks run only when triggered: the real scheduler's polls (the
        // scaffolder's stale-task janitor, FlexInfra's refresh) would
        // outlive the backend.
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        // The real events service, as createBackend installs it: one
        // in-process bus the scaffolder publishes its task events on and
        // FlexInfra subscribes to (the test default gives each plugin a
        // bus of its own). No events backend: useEventBus is never.
        eventsServiceFactory,
        catalogPlugin,
        scaffolderEntityModel,
        scaffolderPlugin,
        publishStandIn,
        flexinfraPlugin,
        schedulerOfFlexinfra,
        mockServices.rootConfig.factory({
          data: {
            events: { useEventBus: 'never' },
            catalog: {
              rules: [{ allow: ['Component', 'Template', 'Location'] }],
              locations: [{ type: 'file', target: writeCatalog() }],
              processingInterval: { seconds: 1 },
            },
            flexinfra: {
              refresh: { kinds: ['Component'] },
              repository: { enabled: false },
              notifications: { enabled: false },
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });

  /** Runs the template for the service as the user; returns the task id. */
  async function runTemplate(auth: string): Promise<string> {
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set('Authorization', auth)
      .send({ templateRef: TEMPLATE, values: { entityRef: SERVICE } });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  afterAll(async () => {
    // The scaffolder watches each task's events, a poll every second,
    // until it sees the task's completion: stopping the backend before
    // then leaves a poll that fails on the closed database, in whatever
    // test file this Jest worker runs next.
    await new Promise(resolve => setTimeout(resolve, 3000));
    await stop?.();
  });

  it('lists a completed template run in /adoption once the reader ran', async () => {
    const auth = mockCredentials.user.header(USER);
    await eventually('the template in the catalog', async () => {
      const response = await request(server)
        .get(
          '/api/catalog/entities/by-name/template/default/flexinfra-adopt-iac',
        )
        .set('Authorization', auth);
      return response.status === 200 ? true : undefined;
    });

    const taskId = await runTemplate(auth);

    const status = await eventually('the task to finish', async () => {
      const task = await request(server)
        .get(`/api/scaffolder/v2/tasks/${taskId}`)
        .set('Authorization', auth);
      return ['completed', 'failed', 'cancelled'].includes(task.body.status)
        ? task.body.status
        : undefined;
    });
    expect(status).toBe('completed');
    expect(published).toEqual([`Adopt IaC for ${SERVICE}`]);

    await scheduler!.triggerTask(ADOPTION_TASK_ID);

    const adoption = await eventually('the run in /adoption', async () => {
      const response = await request(server)
        .get('/api/flexinfra/adoption')
        .set('Authorization', auth);
      return response.body.recent?.length > 0 ? response.body : undefined;
    });
    expect(adoption.recent).toEqual([
      {
        taskId,
        templateRef: TEMPLATE,
        templateTitle: 'Adopt infrastructure as code',
        ranTemplateRef: TEMPLATE,
        entityRef: SERVICE,
        createdBy: USER,
        createdAt: expect.any(String),
        status: 'completed',
        outcome: 'pending',
        fixedChecks: [],
        daysToFix: null,
      },
    ]);
    expect(
      adoption.templates.find(
        (t: { templateRef: string }) => t.templateRef === TEMPLATE,
      ),
    ).toMatchObject({ runs: 1, runsPending: 1, checksFixed: 0 });

    const forEntity = await request(server)
      .get('/api/flexinfra/entities/component/default/checkout-api/adoption')
      .set('Authorization', auth);
    expect(forEntity.status).toBe(200);
    expect(forEntity.body.runs).toEqual(adoption.recent);
  });

  it("reads a run from the scaffolder's task events, without waiting for the schedule", async () => {
    // The scheduled read is not triggered here (the test scheduler runs a
    // task only when told): the run arrives, and arrives finished, because
    // the scaffolder's scaffolder.task events start reads of their own.
    const auth = mockCredentials.user.header(USER);
    const taskId = await runTemplate(auth);

    const run = await eventually(
      'the run, finished, in /adoption',
      async () => {
        const response = await request(server)
          .get('/api/flexinfra/adoption')
          .set('Authorization', auth);
        const found = response.body.recent?.find(
          (r: { taskId: string }) => r.taskId === taskId,
        );
        return found?.status === 'completed' ? found : undefined;
      },
    );
    expect(run).toMatchObject({
      templateRef: TEMPLATE,
      entityRef: SERVICE,
      createdBy: USER,
      outcome: 'pending',
    });
    expect(published).toHaveLength(2);
  });
});
