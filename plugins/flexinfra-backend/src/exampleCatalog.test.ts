import { closingSqliteDatabaseServiceFactory } from '@internal/backend-test-utils';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  compileModel,
  defaultModelDefinition,
  evaluateEntities,
  type EntityScorecard,
  type ScoredEntity,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { analyzeRepository } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import { readDirectorySource } from '@flexinfra/backstage-plugin-flexinfra-node';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { eventually } from './__testUtils__/realBackend';
import { flexinfraPlugin } from './plugin';

/*
 * The real backend: the real catalog plugin reads the repository's example
 * catalog from files (the shared files, and each example repository's
 * catalog-info.yaml), the real scheduler runs FlexInfra's refresh, which
 * reads each example repository from disk, and the scorecards are read over
 * HTTP and compared with what the engine makes of the same descriptor files
 * and repository folders directly.
 */

jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '../../..');
const exampleFiles = [
  'examples/org.yaml',
  'examples/systems.yaml',
  'examples/components.yaml',
  'examples/resources.yaml',
];

const reposDir = path.join(repoRoot, 'examples/repos');
const repositories = fs
  .readdirSync(reposDir, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name);

function readFile(file: string): any[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map(doc =>
    doc.toJS(),
  );
}

/** The example entities, each with the facts of its repository, if any. */
async function readExamples() {
  const entities = exampleFiles.flatMap(file =>
    readFile(path.join(repoRoot, file)),
  );
  const facts = new Map<unknown, Record<string, unknown>>();
  for (const name of repositories) {
    const folder = path.join(reposDir, name);
    const repository = await analyzeRepository(
      await readDirectorySource(folder),
    );
    for (const entity of readFile(path.join(folder, 'catalog-info.yaml'))) {
      entities.push(entity);
      facts.set(entity, { repository });
    }
  }
  return { entities, facts };
}

describe('the backend on the example catalog', () => {
  it('serves real scorecards seconds after start, matching the engine', async () => {
    const { server } = await startTestBackend({
      features: [
        closingSqliteDatabaseServiceFactory(),
        catalogPlugin,
        flexinfraPlugin,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Domain',
                    'Group',
                    'User',
                  ],
                },
              ],
              locations: [
                ...exampleFiles.map(file => ({
                  type: 'file',
                  target: path.join(repoRoot, file),
                })),
                {
                  type: 'file',
                  target: path.join(reposDir, '*/catalog-info.yaml'),
                },
              ],
              processingInterval: { seconds: 1 },
            },
            flexinfra: {
              schedule: {
                frequency: { seconds: 2 },
                timeout: { minutes: 1 },
                initialDelay: { seconds: 0 },
              },
              // Tested in notifications/notifications.test.ts. The real
              // scheduler's poll for a daily task (every 5 s) would outlive
              // the backend by seconds.
              notifications: { enabled: false },
              // Template runs are tested in src/adoption/.
              adoption: { enabled: false },
            },
          },
        }),
      ],
    });
    const examples = await readExamples();
    const model = compileModel(defaultModelDefinition);
    const expected = evaluateEntities(model, examples.entities, {
      now: new Date(),
      factsOf: entity => examples.facts.get(entity),
    }).filter((e): e is ScoredEntity => e.outcome === 'scored');
    expect(expected.length).toBeGreaterThan(20);

    const get = (url: string) =>
      request(server)
        .get(`/api/flexinfra${url}`)
        .set('Authorization', mockCredentials.user.header());

    // The catalog ingests the files while refreshes run every 2 s; wait
    // until a refresh has seen all of them.
    const status = await eventually(
      'every example entity to be scored',
      async () => {
        const response = await get('/status');
        return response.body.results?.scored === expected.length
          ? response.body
          : undefined;
      },
      90_000,
    );
    expect(status.lastSuccessfulRun).toMatchObject({
      status: 'succeeded',
      modelVersion: model.version,
    });

    for (const evaluation of expected) {
      const [kind, rest] = evaluation.entityRef.split(':');
      const [namespace, name] = rest.split('/');
      const response = await get(`/entities/${kind}/${namespace}/${name}`);
      expect(response.status).toBe(200);
      const scorecard: EntityScorecard = response.body;
      expect({
        ref: scorecard.entityRef,
        stage: scorecard.stage,
        score: scorecard.score,
      }).toEqual({
        ref: evaluation.entityRef,
        stage: evaluation.stage,
        score: evaluation.score,
      });
    }

    const checkout = await get('/entities/component/default/checkout-api');
    expect(checkout.body.stage).toEqual({
      number: 4,
      name: 'Resilient & Optimised',
    });
    // Read from its repository's files, which the scorecard names.
    expect(checkout.body.repository).toMatchObject({
      target: expect.stringMatching(/^file:.*examples\/repos\/checkout-api$/),
      analyzed: true,
      error: null,
    });
    const iac = checkout.body.checks.find(
      (c: { id: string }) => c.id === 'iac-managed',
    );
    expect(iac).toMatchObject({
      status: 'pass',
      evidence: [
        expect.objectContaining({
          origin: 'repository',
          paths: expect.arrayContaining([expect.stringMatching(/\.tf$/)]),
        }),
      ],
    });

    const summary = await get('/summary?groupBy=owner');
    expect(summary.status).toBe(200);
    expect(summary.body.total.entities).toBe(expected.length);
    const acme = summary.body.groups.find(
      (g: { key: string }) => g.key === 'group:default/acme',
    );
    // Every example entity is owned by a team or department of acme; the
    // organisation's root group sees everything they own.
    expect(acme).toMatchObject({ entities: expected.length, parentKey: null });
    const payments = summary.body.groups.find(
      (g: { key: string }) => g.key === 'group:default/payments',
    );
    expect(payments.parentKey).toBe('group:default/acme');
    const paymentsTeams = summary.body.groups.filter(
      (g: { parentKey: string | null }) =>
        g.parentKey === 'group:default/payments',
    );
    expect(paymentsTeams.length).toBeGreaterThan(0);
    // A department counts at least what each of its teams counts.
    for (const team of paymentsTeams) {
      expect(payments.entities).toBeGreaterThanOrEqual(team.entities);
    }
  });
});
