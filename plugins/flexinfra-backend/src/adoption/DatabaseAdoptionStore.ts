import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import {
  chunk,
  rowsPerInsert,
  toIsoString,
  valuesPerList,
  type Timestamp,
} from '../database/rows';
import {
  FINAL_TASK_STATUSES,
  type AdoptionStore,
  type TemplateRun,
} from './AdoptionStore';

const RUNS = 'flexinfra_template_runs';

type TemplateRunRow = {
  task_id: string;
  template_ref: string;
  template_title: string | null;
  check_ids: string;
  entity_ref: string | null;
  created_by: string | null;
  status: string;
  created_at: Timestamp;
  read_at: Timestamp;
};

const COLUMNS = 9;

function toRow(run: TemplateRun, readAt: Date): TemplateRunRow {
  return {
    task_id: run.taskId,
    template_ref: run.templateRef,
    template_title: run.templateTitle ?? null,
    check_ids: JSON.stringify(run.checkIds),
    entity_ref: run.entityRef ?? null,
    created_by: run.createdBy ?? null,
    status: run.status,
    created_at: new Date(run.createdAt),
    read_at: readAt,
  };
}

function toRun(row: TemplateRunRow): TemplateRun {
  return {
    taskId: row.task_id,
    templateRef: row.template_ref,
    ...(row.template_title ? { templateTitle: row.template_title } : {}),
    checkIds: JSON.parse(row.check_ids),
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    status: row.status,
    createdAt: toIsoString(row.created_at),
  };
}

/** One placeholder per final status, for the upsert's CASE. */
const finalStatuses = [...FINAL_TASK_STATUSES].map(() => '?').join(', ');

/**
 * The AdoptionStore of the plugin's database (`flexinfra_template_runs`).
 *
 * @internal
 */
export class DatabaseAdoptionStore implements AdoptionStore {
  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
  }): Promise<DatabaseAdoptionStore> {
    return new DatabaseAdoptionStore(
      await migrateDatabase(options.database, options.logger),
    );
  }

  private constructor(private readonly db: Knex) {}

  async upsertRuns(runs: TemplateRun[], readAt: Date): Promise<void> {
    const rows = runs.map(run => toRow(run, readAt));
    for (const batch of chunk(rows, rowsPerInsert(this.db, COLUMNS))) {
      await this.db(RUNS)
        .insert(batch)
        .onConflict('task_id')
        .merge({
          template_title: this.db.raw('excluded.template_title'),
          entity_ref: this.db.raw('excluded.entity_ref'),
          created_by: this.db.raw('excluded.created_by'),
          // A finished run stays finished: two reads at once (one after a
          // scaffolder event, one on schedule, on two replicas) may store
          // what they read in either order.
          status: this.db.raw(
            `CASE WHEN ??.status IN (${finalStatuses}) THEN ??.status ELSE excluded.status END`,
            [RUNS, ...FINAL_TASK_STATUSES, RUNS],
          ),
          read_at: this.db.raw('excluded.read_at'),
        });
    }
  }

  async knownTaskIds(taskIds: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (const ids of chunk([...new Set(taskIds)], valuesPerList(this.db))) {
      const rows: Array<{ task_id: string }> = await this.db(RUNS)
        .select('task_id')
        .whereIn('task_id', ids);
      rows.forEach(row => known.add(row.task_id));
    }
    return known;
  }

  async listUnfinishedRuns(): Promise<TemplateRun[]> {
    const rows: TemplateRunRow[] = await this.db(RUNS)
      .whereNotIn('status', [...FINAL_TASK_STATUSES])
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'task_id', order: 'asc' },
      ]);
    return rows.map(toRun);
  }

  async listRuns(options: {
    since: Date;
    entityRef?: string;
  }): Promise<TemplateRun[]> {
    const query = this.db(RUNS).where('created_at', '>=', options.since);
    if (options.entityRef) {
      query.where('entity_ref', options.entityRef);
    }
    const rows: TemplateRunRow[] = await query.orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'task_id', order: 'asc' },
    ]);
    return rows.map(toRun);
  }

  async prune(before: Date): Promise<number> {
    return this.db(RUNS).where('created_at', '<', before).delete();
  }
}
