import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import type { Notification } from '@backstage/plugin-notifications-common';
import { defaultModelDefinition } from '@flexinfra/backstage-plugin-flexinfra-common';
import knexFactory, { type Knex } from 'knex';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  eventually,
  onlyChecks,
  writeCatalogFile,
} from '../__testUtils__/realBackend';
import { flexinfraPlugin } from '../plugin';
import { REFRESH_TASK_ID } from '../refresh/RefreshTask';
import { NOTIFICATIONS_TASK_ID } from './scheduleNotifications';

/*
 * The real thing end to end: the real catalog plugin reads a small
 * organisation from files (a group with a member, a component it owns),
 * FlexInfra scores it, and notifies through the real notifications backend,
 * which resolves the recipients from the catalog. The notifications are read
 * back over its REST API as the member. The scheduler is the mock one, so
 * the test runs each refresh and the daily job itself.
 */

jest.setTimeout(120_000);

const ALICE = 'user:default/alice';
const SVC = 'component:default/svc';
/** Only these checks of the default model, both gating stage 2. */
const KEPT_CHECKS = ['owned', 'documented'];
const documentedTitle = defaultModelDefinition.checks.find(
  c => c.id === 'documented',
)!.title;

function modelConfig(alsoKept: string[] = []) {
  return onlyChecks([...KEPT_CHECKS, ...alsoKept]);
}

/** What a test started, stopped and removed after it. */
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) {
    await step();
  }
});

/**
 * One in-memory SQLite database per plugin that outlives a backend, so a
 * second backend (another model version, say) starts on the first one's
 * data. Closed after the test, once its backends stopped.
 */
function persistentDatabases() {
  const clients = new Map<string, Knex>();
  return createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory({ pluginMetadata }) {
      const id = pluginMetadata.getId();
      return {
        migrations: { skip: false },
        async getClient() {
          let client = clients.get(id);
          if (!client) {
            client = knexFactory({
              client: 'better-sqlite3',
              connection: ':memory:',
              useNullAsDefault: true,
              pool: { min: 1, max: 1 },
            });
            clients.set(id, client);
            const created = client;
            cleanup.push(async () => {
              clients.delete(id);
              await created.destroy();
            });
          }
          return client;
        },
      };
    },
  });
}

const databases = persistentDatabases();

/** The catalog's files, in a folder of the test's own. */
function catalogFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flexinfra-notify-'));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const org = path.join(dir, 'org.yaml');
  const svc = path.join(dir, 'svc.yaml');
  writeCatalogFile(
    [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'team-a' },
        spec: { type: 'team', children: [], members: ['alice'] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'alice' },
        spec: { memberOf: [] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'bob' },
        spec: { memberOf: [] },
      },
    ],
    org,
  );
  return {
    locations: [org, svc],
    /** Writes the component, with these annotations. */
    writeSvc(annotations: Record<string, string>) {
      writeCatalogFile(
        [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'svc', annotations },
            spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
          },
        ],
        svc,
      );
    },
  };
}

const DOCUMENTED = { 'backstage.io/techdocs-ref': 'dir:.' };

/** Starts the catalog, the notifications backend and FlexInfra. */
async function startBackend(options: {
  locations: string[];
  flexinfra?: object;
  alsoKept?: string[];
}) {
  // The mock scheduler runs a task when triggered, and never by itself.
  const scheduler = mockServices.scheduler();
  const backend = await startTestBackend({
    features: [
      databases,
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      catalogPlugin,
      notificationsPlugin,
      flexinfraPlugin,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'User', 'Location'] }],
            locations: options.locations.map(target => ({
              type: 'file',
              target,
            })),
            processingInterval: { seconds: 1 },
          },
          flexinfra: {
            repository: { enabled: false },
            model: modelConfig(options.alsoKept),
            ...options.flexinfra,
          },
        },
      }),
    ],
  });
  cleanup.unshift(() => backend.stop());
  const server = backend.server;
  const get = (url: string, user?: string) =>
    request(server)
      .get(url)
      .set(
        'Authorization',
        user
          ? mockCredentials.user.header(user)
          : mockCredentials.service.header(),
      );

  return {
    backend,
    scheduler,
    get,
    post: (url: string, body: object) =>
      request(server)
        .post(url)
        .set('Authorization', mockCredentials.user.header(ALICE))
        .send(body),
    /** Waits until the catalog serves the component as `check` wants it. */
    async catalogHas(check: (annotations: Record<string, string>) => boolean) {
      await eventually('the catalog to read the files', async () => {
        const group = await get(
          '/api/catalog/entities/by-name/group/default/team-a',
        );
        const svc = await get(
          '/api/catalog/entities/by-name/component/default/svc',
        );
        const member = group.body.relations?.some(
          (r: { type: string; targetRef: string }) =>
            r.type === 'hasMember' && r.targetRef === ALICE,
        );
        const owned = svc.body.relations?.some(
          (r: { type: string }) => r.type === 'ownedBy',
        );
        return member && owned && check(svc.body.metadata.annotations ?? {})
          ? true
          : undefined;
      });
    },
    async refresh() {
      await scheduler.triggerTask(REFRESH_TASK_ID);
      const response = await get(
        '/api/flexinfra/entities/component/default/svc',
      );
      return response.body;
    },
    async notificationsOf(user: string): Promise<Notification[]> {
      const response = await get(
        '/api/notifications/notifications?orderField=created,asc',
        user,
      );
      expect(response.status).toBe(200);
      return response.body.notifications;
    },
  };
}

/** The day `days` from today (UTC), as YYYY-MM-DD. */
function inDays(days: number): string {
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  return new Date(today + days * 86_400_000).toISOString().slice(0, 10);
}

describe('FlexInfra notifications through the notifications backend', () => {
  let files: ReturnType<typeof catalogFiles>;
  beforeEach(() => {
    files = catalogFiles();
  });

  it('tells the owner of a stage drop once, with the evidence gone, and nothing for a new model', async () => {
    files.writeSvc(DOCUMENTED);
    const first = await startBackend({ locations: files.locations });
    await first.catalogHas(a => 'backstage.io/techdocs-ref' in a);
    expect((await first.refresh()).stage.number).toBe(2);
    // The very first scoring is no regression.
    expect(await first.notificationsOf(ALICE)).toEqual([]);

    files.writeSvc({});
    await first.catalogHas(a => !('backstage.io/techdocs-ref' in a));
    expect((await first.refresh()).stage.number).toBe(1);

    const [drop, ...others] = await first.notificationsOf(ALICE);
    expect(others).toEqual([]);
    expect(drop).toMatchObject({
      user: ALICE,
      origin: 'plugin:flexinfra',
      payload: {
        title: 'svc dropped from stage 2 to stage 1',
        link: '/catalog/default/component/svc/flexibility',
        topic: 'flexinfra.stage-drop',
        severity: 'high',
        scope: `flexinfra:stage-drop:${SVC}`,
      },
    });
    expect(drop.payload.description).toContain(
      `Now failing: ${documentedTitle} (documented): evidence gone: `,
    );
    expect(drop.payload.description).toContain('techdocs-ref');
    // Sent to the owner's members only.
    expect(await first.notificationsOf('user:default/bob')).toEqual([]);

    // A refresh that changes nothing sends nothing; neither does climbing back.
    await first.refresh();
    files.writeSvc(DOCUMENTED);
    await first.catalogHas(a => 'backstage.io/techdocs-ref' in a);
    expect((await first.refresh()).stage.number).toBe(2);
    expect(await first.notificationsOf(ALICE)).toEqual([drop]);
    await first.backend.stop();

    // A new model version (part-of-system now gates stage 2, and svc is in
    // no system) drops svc again: no notification for that.
    const second = await startBackend({
      locations: files.locations,
      alsoKept: ['part-of-system'],
    });
    await second.catalogHas(a => 'backstage.io/techdocs-ref' in a);
    expect((await second.refresh()).stage.number).toBe(1);
    expect(await second.notificationsOf(ALICE)).toEqual([drop]);
  });

  it('tells a check regression without a drop when stage drops are off', async () => {
    files.writeSvc(DOCUMENTED);
    const backend = await startBackend({
      locations: files.locations,
      flexinfra: { notifications: { stageDrop: { enabled: false } } },
    });
    await backend.catalogHas(a => 'backstage.io/techdocs-ref' in a);
    await backend.refresh();
    files.writeSvc({});
    await backend.catalogHas(a => !('backstage.io/techdocs-ref' in a));
    await backend.refresh();

    expect(await backend.notificationsOf(ALICE)).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({
          title: `svc no longer passes “${documentedTitle}”`,
          topic: 'flexinfra.check-regression',
        }),
      }),
    ]);
  });

  it('sends nothing, and schedules no job, when notifications are off', async () => {
    files.writeSvc(DOCUMENTED);
    const backend = await startBackend({
      locations: files.locations,
      flexinfra: { notifications: { enabled: false } },
    });
    await backend.catalogHas(a => 'backstage.io/techdocs-ref' in a);
    await backend.refresh();
    files.writeSvc({});
    await backend.catalogHas(a => !('backstage.io/techdocs-ref' in a));
    expect((await backend.refresh()).stage.number).toBe(1);

    expect(await backend.notificationsOf(ALICE)).toEqual([]);
    const tasks = await backend.scheduler.getScheduledTasks();
    expect(tasks.map(task => task.id)).not.toContain(NOTIFICATIONS_TASK_ID);
  });

  it('tells the owner of a waiver about to expire, once per expiry day', async () => {
    files.writeSvc({
      'flexinfra.io/waive.documented': `${inDays(5)}: docs are being moved`,
    });
    const backend = await startBackend({ locations: files.locations });
    await backend.catalogHas(a => 'flexinfra.io/waive.documented' in a);
    expect((await backend.refresh()).stage.number).toBe(2);

    await backend.scheduler.triggerTask(NOTIFICATIONS_TASK_ID);
    const [waiver, ...others] = await backend.notificationsOf(ALICE);
    expect(others).toEqual([]);
    expect(waiver.payload).toMatchObject({
      title: `The waiver of “${documentedTitle}” on svc expires on ${inDays(
        5,
      )}, in 5 days`,
      link: '/catalog/default/component/svc/flexibility',
      topic: 'flexinfra.waiver-expiring',
    });
    expect(waiver.payload.description).toContain('docs are being moved');

    // The next day's job finds nothing new.
    await backend.scheduler.triggerTask(NOTIFICATIONS_TASK_ID);
    expect(await backend.notificationsOf(ALICE)).toEqual([waiver]);
  });

  it('tells the campaign owner of a milestone reached, once', async () => {
    files.writeSvc(DOCUMENTED);
    const backend = await startBackend({
      locations: files.locations,
      flexinfra: { notifications: { waivers: { enabled: false } } },
    });
    await backend.catalogHas(a => 'backstage.io/techdocs-ref' in a);
    await backend.refresh();

    const today = inDays(0);
    const created = await backend.post('/api/flexinfra/campaigns', {
      title: 'Everything documented',
      description: '',
      owner: 'group:default/team-a',
      scope: { type: 'group', ref: 'group:default/team-a' },
      target: { stage: 2 },
      startDate: today,
      dueDate: inDays(60),
      milestones: [{ date: inDays(30), share: 0.5 }],
    });
    expect(created.status).toBe(201);

    await backend.scheduler.triggerTask(NOTIFICATIONS_TASK_ID);
    await backend.scheduler.triggerTask(NOTIFICATIONS_TASK_ID);
    const notifications = await backend.notificationsOf(ALICE);
    expect(notifications).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({
          title: `Campaign “Everything documented” reached its milestone of 50% by ${inDays(
            30,
          )}`,
          description: `1 of 1 entity (100%) is at stage 2 or higher. Due ${inDays(
            60,
          )}.`,
          link: `/flexinfra/campaigns/${created.body.id}`,
          topic: 'flexinfra.campaign',
        }),
      }),
    ]);
    expect(notifications[0].updated).toBeFalsy();
  });
  it('tells the campaign owner and the teams behind that it is due soon and behind, once per reminder period', async () => {
    files.writeSvc({});
    const backend = await startBackend({
      locations: files.locations,
      flexinfra: { notifications: { waivers: { enabled: false } } },
    });
    await backend.catalogHas(a => !('backstage.io/techdocs-ref' in a));
    expect((await backend.refresh()).stage.number).toBe(1);

    // Run by bob; svc, team-a's (alice's), is still at stage 1 with five
    // days left, where the plan says 90%.
    const created = await backend.post('/api/flexinfra/campaigns', {
      title: 'Docs by Friday',
      description: '',
      owner: 'user:default/bob',
      scope: { type: 'group', ref: 'group:default/team-a' },
      target: { stage: 2 },
      startDate: inDays(-45),
      dueDate: inDays(5),
      milestones: [],
    });
    expect(created.status).toBe(201);

    await backend.scheduler.triggerTask(NOTIFICATIONS_TASK_ID);
    await backend.scheduler.triggerTask(NOTIFICATIONS_TASK_ID);
    const [toBob, ...moreToBob] = await backend.notificationsOf(
      'user:default/bob',
    );
    const [toAlice, ...moreToAlice] = await backend.notificationsOf(ALICE);
    expect([moreToBob, moreToAlice]).toEqual([[], []]);
    for (const notification of [toBob, toAlice]) {
      expect(notification.payload).toMatchObject({
        title: 'Campaign “Docs by Friday” is due in 5 days and behind',
        link: `/flexinfra/campaigns/${created.body.id}`,
        topic: 'flexinfra.campaign',
        severity: 'high',
      });
      expect(notification.payload.description).toContain(
        'Teams behind: group:default/team-a (0 of 1, 0%).',
      );
    }
  });
});
