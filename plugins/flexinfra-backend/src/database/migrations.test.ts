import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@flexinfra/backstage-plugin-flexinfra-backend',
  'migrations',
);

const databases = createTestDatabases();

const INIT_RUN_COLUMNS = [
  'id',
  'started_at',
  'finished_at',
  'status',
  'entities_scored',
  'error',
];
const NEW_RUN_COLUMNS = [
  'trigger',
  'entities_seen',
  'entities_changed',
  'entities_removed',
  'model_version',
];
/** The staged tables as 20261204220000_staged_rows.js leaves them. */
const STAGED_ROW_TABLES: Record<string, string[]> = {
  flexinfra_staged_results: [
    'run_id',
    'entity_ref',
    'kind',
    'namespace',
    'name',
    'title',
    'type',
    'lifecycle',
    'owner_ref',
    'system_ref',
    'domain_ref',
    'outcome',
    'stage',
    'score',
    'dora_score',
    'scorecard',
    'input_hash',
    'result_digest',
    'check_statuses',
    'model_version',
    'changed',
    'changes',
  ],
};
const CHANGE_DETECTION_TABLES: Record<string, string[]> = {
  flexinfra_entity_inputs: ['entity_ref', 'etag', 'recheck'],
  flexinfra_entity_dependencies: ['entity_ref', 'target_ref'],
  flexinfra_staged_inputs: ['run_id', 'entity_ref', 'etag', 'recheck'],
  flexinfra_staged_dependencies: ['run_id', 'entity_ref', 'target_ref'],
};
const NEW_TABLES: Record<string, string[]> = {
  flexinfra_results: [
    'entity_ref',
    'kind',
    'namespace',
    'name',
    'title',
    'type',
    'lifecycle',
    'owner_ref',
    'system_ref',
    'domain_ref',
    'outcome',
    'stage',
    'score',
    'dora_score',
    'scorecard',
    'input_hash',
    'result_digest',
    'check_statuses',
    'model_version',
    'computed_at',
    'changed_at',
    'run_id',
  ],
  flexinfra_check_results: ['check_id', 'status', 'entity_ref'],
  flexinfra_history: [
    'id',
    'entity_ref',
    'run_id',
    'recorded_at',
    'outcome',
    'stage',
    'score',
    'dora_score',
    'model_version',
    'changes',
  ],
  flexinfra_staged_results: ['run_id', 'entity_ref', 'payload'],
  flexinfra_owners: ['member_ref', 'ancestor_ref', 'depth', 'ancestor_title'],
  flexinfra_snapshots: [
    'day',
    'group_by',
    'group_key',
    'entities',
    'invalid',
    'stage_1',
    'stage_2',
    'stage_3',
    'stage_4',
    'stage_5',
    'average_score',
    'average_dora_score',
    'at_target',
  ],
};

async function columnsOf(knex: Knex, table: string): Promise<string[]> {
  return Object.keys(await knex(table).columnInfo()).sort();
}

async function indexesOf(knex: Knex, table: string): Promise<string[]> {
  if (knex.client.config.client === 'pg') {
    const { rows } = await knex.raw(
      'SELECT indexname AS name FROM pg_indexes WHERE tablename = ?',
      [table],
    );
    return rows.map((row: { name: string }) => row.name);
  }
  const rows = await knex.raw(`PRAGMA index_list(${table})`);
  return rows.map((row: { name: string }) => row.name);
}

describe.each(databases.eachSupportedId())('migrations on %p', databaseId => {
  it('create the results schema on top of the runs table', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });

    expect(await columnsOf(knex, 'flexinfra_refresh_runs')).toEqual(
      [
        ...INIT_RUN_COLUMNS,
        ...NEW_RUN_COLUMNS,
        'read_mode',
        'snapshot_day',
      ].sort(),
    );
    for (const [table, columns] of Object.entries({
      ...NEW_TABLES,
      ...STAGED_ROW_TABLES,
    })) {
      expect(await columnsOf(knex, table)).toEqual([...columns].sort());
    }
    expect(await indexesOf(knex, 'flexinfra_results')).toEqual(
      expect.arrayContaining([
        'flexinfra_results_owner_ref_idx',
        'flexinfra_results_system_ref_idx',
        'flexinfra_results_domain_ref_idx',
        'flexinfra_results_kind_idx',
      ]),
    );
    expect(await indexesOf(knex, 'flexinfra_check_results')).toContain(
      'flexinfra_check_results_entity_ref_idx',
    );
    expect(await columnsOf(knex, 'flexinfra_repositories')).toEqual(
      ['analyzed_at', 'checked_at', 'error', 'etag', 'facts', 'target'].sort(),
    );
    expect(await indexesOf(knex, 'flexinfra_repositories')).toContain(
      'flexinfra_repositories_checked_at_idx',
    );
    for (const [table, columns] of Object.entries(CHANGE_DETECTION_TABLES)) {
      expect(await columnsOf(knex, table)).toEqual([...columns].sort());
    }
    expect(await indexesOf(knex, 'flexinfra_entity_dependencies')).toContain(
      'flexinfra_entity_dependencies_target_ref_idx',
    );
    expect(await columnsOf(knex, 'flexinfra_campaigns')).toEqual(
      [
        'id',
        'title',
        'description',
        'owner_ref',
        'scope',
        'target',
        'start_date',
        'due_date',
        'milestones',
        'status',
        'created_by',
        'created_at',
        'updated_at',
      ].sort(),
    );
    expect(await indexesOf(knex, 'flexinfra_campaigns')).toEqual(
      expect.arrayContaining([
        'flexinfra_campaigns_status_due_idx',
        'flexinfra_campaigns_owner_ref_idx',
      ]),
    );
    expect(await columnsOf(knex, 'flexinfra_notifications_sent')).toEqual(
      ['cause', 'subject', 'key', 'sent_at'].sort(),
    );
    expect(await indexesOf(knex, 'flexinfra_notifications_sent')).toContain(
      'flexinfra_notifications_sent_sent_at_idx',
    );
    expect(await columnsOf(knex, 'flexinfra_template_runs')).toEqual(
      [
        'task_id',
        'template_ref',
        'template_title',
        'check_ids',
        'entity_ref',
        'created_by',
        'status',
        'created_at',
        'read_at',
      ].sort(),
    );
    expect(await indexesOf(knex, 'flexinfra_template_runs')).toEqual(
      expect.arrayContaining([
        'flexinfra_template_runs_created_at_idx',
        'flexinfra_template_runs_entity_idx',
      ]),
    );
  });

  it('give new columns of existing runs their defaults', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.up({ directory: migrationsDir });
    await knex('flexinfra_refresh_runs').insert({
      started_at: new Date(),
      status: 'succeeded',
      entities_scored: 5,
    });

    await knex.migrate.latest({ directory: migrationsDir });
    const row = await knex('flexinfra_refresh_runs').first();
    expect(row).toMatchObject({ trigger: 'schedule', model_version: null });
    expect(Number(row.entities_seen)).toBe(0);
    expect(Number(row.entities_changed)).toBe(0);
    expect(Number(row.entities_removed)).toBe(0);
    expect(Number(row.entities_scored)).toBe(5);
  });

  it('roll back to the init schema, keeping runs, and apply again', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    await knex('flexinfra_refresh_runs').insert({
      started_at: new Date('2026-02-01T00:00:00Z'),
      status: 'running',
      trigger: 'manual',
    });

    // Template runs, notifications sent, campaigns, the runs' snapshot day,
    // staged rows, change detection, the repositories table, then the
    // results schema.
    await knex.migrate.down({ directory: migrationsDir });
    expect(await knex.schema.hasTable('flexinfra_template_runs')).toBe(false);
    await knex.migrate.down({ directory: migrationsDir });
    expect(await knex.schema.hasTable('flexinfra_notifications_sent')).toBe(
      false,
    );
    expect(await knex.schema.hasTable('flexinfra_campaigns')).toBe(true);
    await knex.migrate.down({ directory: migrationsDir });
    expect(await knex.schema.hasTable('flexinfra_campaigns')).toBe(false);
    await knex.migrate.down({ directory: migrationsDir });
    expect(await columnsOf(knex, 'flexinfra_refresh_runs')).toEqual(
      [...INIT_RUN_COLUMNS, ...NEW_RUN_COLUMNS, 'read_mode'].sort(),
    );
    await knex.migrate.down({ directory: migrationsDir });
    expect(await columnsOf(knex, 'flexinfra_staged_results')).toEqual(
      ['entity_ref', 'payload', 'run_id'].sort(),
    );
    await knex.migrate.down({ directory: migrationsDir });
    for (const table of Object.keys(CHANGE_DETECTION_TABLES)) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }
    expect(await columnsOf(knex, 'flexinfra_refresh_runs')).not.toContain(
      'read_mode',
    );
    await knex.migrate.down({ directory: migrationsDir });
    expect(await knex.schema.hasTable('flexinfra_repositories')).toBe(false);
    await knex.migrate.down({ directory: migrationsDir });
    for (const table of Object.keys(NEW_TABLES)) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }
    expect(await columnsOf(knex, 'flexinfra_refresh_runs')).toEqual(
      [...INIT_RUN_COLUMNS].sort(),
    );
    expect(await indexesOf(knex, 'flexinfra_refresh_runs')).toContain(
      'flexinfra_refresh_runs_started_at_idx',
    );
    expect(await knex('flexinfra_refresh_runs')).toMatchObject([
      { status: 'running' },
    ]);
    const [completed, pending] = await knex.migrate.list({
      directory: migrationsDir,
    });
    expect(completed.map((m: { name: string }) => m.name)).toEqual([
      '20261123000000_init.js',
    ]);
    expect(pending.map((m: { file: string }) => m.file)).toEqual([
      '20261124000000_results.js',
      '20261204000000_repositories.js',
      '20261204210000_change_detection.js',
      '20261204220000_staged_rows.js',
      '20261205000000_snapshot_day.js',
      '20261205010000_campaigns.js',
      '20261206000000_notifications.js',
      '20261207000000_template_runs.js',
    ]);

    await knex.migrate.latest({ directory: migrationsDir });
    for (const table of Object.keys(NEW_TABLES)) {
      expect(await knex.schema.hasTable(table)).toBe(true);
    }
    expect(await knex.schema.hasTable('flexinfra_repositories')).toBe(true);
    expect(await knex('flexinfra_refresh_runs').first()).toMatchObject({
      status: 'running',
      trigger: 'schedule',
    });
  });

  it('allow one history row per entity and run', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const row = {
      entity_ref: 'component:default/a',
      run_id: 1,
      recorded_at: new Date(),
      outcome: 'scored',
      model_version: 'v1',
      changes: '[]',
    };
    await knex('flexinfra_history').insert(row);
    await knex('flexinfra_history').insert({ ...row, run_id: 2 });
    // Matched by message: better-sqlite3's errors can come from another
    // realm when jest runs several test files in one worker, and then fail
    // `instanceof Error` (and so toThrow).
    await expect(knex('flexinfra_history').insert(row)).rejects.toMatchObject({
      message: expect.stringMatching(/unique/i),
    });
    await expect(knex('flexinfra_history')).resolves.toHaveLength(2);
  });
});
