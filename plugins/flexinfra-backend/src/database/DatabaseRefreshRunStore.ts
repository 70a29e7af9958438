import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { migrateDatabase } from './migrateDatabase';
import {
  RefreshRun,
  RefreshRunOutcome,
  RefreshRunStatus,
  RefreshRunStore,
} from './RefreshRunStore';

const TABLE = 'flexinfra_refresh_runs';

/** A row of `flexinfra_refresh_runs` as the database drivers return it. */
type RefreshRunRow = {
  id: number | string;
  // pg and mysql2 return Date; better-sqlite3 stores a bound Date as epoch
  // milliseconds and returns that number.
  started_at: Date | number | string;
  finished_at: Date | number | string | null;
  status: RefreshRunStatus;
  entities_scored: number | string;
  error: string | null;
  trigger: RefreshRun['trigger'];
  entities_seen: number | string;
  entities_changed: number | string;
  entities_removed: number | string;
  model_version: string | null;
  read_mode?: 'full' | 'changes' | null;
};

/** The error recorded on a run that was still running when a newer one started. */
const INTERRUPTED = 'Interrupted: a newer run started before it finished';

/**
 * The {@link RefreshRunStore} backed by the plugin's database.
 *
 * @internal
 */
export class DatabaseRefreshRunStore implements RefreshRunStore {
  /**
   * Connects to the plugin's database and, unless the backend is configured
   * to skip migrations, brings its schema up to date.
   */
  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
    /** The clock; defaults to the system time. Tests pass their own. */
    now?: () => Date;
  }): Promise<DatabaseRefreshRunStore> {
    const { database, logger, now = () => new Date() } = options;
    const db = await migrateDatabase(database, logger);
    return new DatabaseRefreshRunStore(db, now);
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async startRun(
    options: {
      trigger?: RefreshRun['trigger'];
      modelVersion?: string;
    } = {},
  ): Promise<RefreshRun> {
    const { trigger = 'schedule', modelVersion = null } = options;
    if (trigger !== 'schedule' && trigger !== 'manual') {
      throw new InputError(
        `A run's trigger is 'schedule' or 'manual', got ${quote(trigger)}`,
      );
    }
    const startedAt = this.now();
    return await this.db.transaction(async tx => {
      // A run still marked running belongs to a process that died (or lost
      // the race): it will never finish, so it is closed as failed.
      await tx(TABLE).where({ status: 'running' }).update({
        status: 'failed',
        error: INTERRUPTED,
        finished_at: startedAt,
      });
      const [inserted] = await tx(TABLE)
        .insert({
          started_at: startedAt,
          status: 'running',
          entities_scored: 0,
          trigger,
          model_version: modelVersion,
        })
        .returning('id');
      // pg and sqlite honour returning() and give { id }; mysql gives the id.
      const id = Number(typeof inserted === 'object' ? inserted.id : inserted);
      return {
        id,
        startedAt: startedAt.toISOString(),
        finishedAt: null,
        status: 'running',
        entitiesScored: 0,
        error: null,
        trigger,
        entitiesSeen: 0,
        entitiesChanged: 0,
        entitiesRemoved: 0,
        modelVersion,
      };
    });
  }

  /**
   * Records a running run's progress. Has no effect on a run that is not
   * running (any more): a late update cannot overwrite a finished run.
   *
   * @throws InputError if a count is not a non-negative integer.
   */
  async updateProgress(
    id: number,
    progress: { entitiesSeen: number; entitiesScored: number },
  ): Promise<void> {
    const { entitiesSeen, entitiesScored } = progress;
    for (const [name, value] of Object.entries({
      entitiesSeen,
      entitiesScored,
    })) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new InputError(
          `${name} must be a non-negative integer, got ${quote(value)}`,
        );
      }
    }
    await this.db(TABLE)
      .where({ id, status: 'running' })
      .update({ entities_seen: entitiesSeen, entities_scored: entitiesScored });
  }

  async getLastSuccessfulRun(): Promise<RefreshRun | undefined> {
    const row = await this.db<RefreshRunRow>(TABLE)
      .where({ status: 'succeeded' })
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? rowToRun(row) : undefined;
  }

  async getLastFullRead(): Promise<RefreshRun | undefined> {
    const row = await this.db<RefreshRunRow>(TABLE)
      .where({ status: 'succeeded', read_mode: 'full' })
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? rowToRun(row) : undefined;
  }

  async finishRun(id: number, outcome: RefreshRunOutcome): Promise<RefreshRun> {
    if (!Number.isSafeInteger(id)) {
      throw new InputError(
        `Refresh run id must be an integer, got ${quote(id)}`,
      );
    }
    const changes = outcomeToColumns(outcome);
    const finishedAt = this.now();

    return await this.db.transaction(async tx => {
      // Only a running run matches, so of two concurrent finishers exactly one
      // updates the row and the other sees 0 rows and reports the conflict.
      const updated = await tx(TABLE)
        .where({ id, status: 'running' })
        .update({ ...changes, finished_at: finishedAt });
      const row = await tx<RefreshRunRow>(TABLE).where({ id }).first();
      if (!row) {
        throw new NotFoundError(`There is no FlexInfra refresh run ${id}`);
      }
      if (updated === 0) {
        throw new ConflictError(
          `FlexInfra refresh run ${id} has already finished (status ` +
            `'${row.status}'); a run can be finished only once`,
        );
      }
      return rowToRun(row);
    });
  }

  async getRun(id: number): Promise<RefreshRun | undefined> {
    const row = await this.db<RefreshRunRow>(TABLE).where({ id }).first();
    return row ? rowToRun(row) : undefined;
  }

  async getLastRun(): Promise<RefreshRun | undefined> {
    const row = await this.db<RefreshRunRow>(TABLE)
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? rowToRun(row) : undefined;
  }

  async pruneRuns(options: { keep: number }): Promise<number> {
    const { keep } = options;
    if (!Number.isSafeInteger(keep) || keep < 1) {
      throw new InputError(
        `The number of refresh runs to keep must be a positive integer, got ${quote(
          keep,
        )}`,
      );
    }
    const newest = this.db(TABLE)
      .select('id')
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(keep);
    // The derived table lets MySQL, which rejects LIMIT directly inside
    // IN (...), run the same statement as PostgreSQL and SQLite.
    return await this.db(TABLE)
      .whereNotIn('id', this.db.select('id').from(newest.as('newest')))
      .delete();
  }
}

function outcomeToColumns(outcome: RefreshRunOutcome): {
  status: RefreshRunStatus;
  entities_scored?: number;
  error: string | null;
} {
  const { entitiesScored } = outcome ?? {};
  if (
    entitiesScored !== undefined &&
    (!Number.isSafeInteger(entitiesScored) || entitiesScored < 0)
  ) {
    throw new InputError(
      `entitiesScored must be a non-negative integer, got ${quote(
        entitiesScored,
      )}`,
    );
  }
  switch (outcome?.status) {
    case 'succeeded':
      if (entitiesScored === undefined) {
        throw new InputError(
          'A succeeded run must say how many entities it scored',
        );
      }
      return {
        status: 'succeeded',
        entities_scored: entitiesScored,
        error: null,
      };
    case 'failed':
      if (typeof outcome.error !== 'string' || !outcome.error.trim()) {
        throw new InputError('A failed run must say why it failed');
      }
      // Without entitiesScored the count recorded so far is left as it is.
      return {
        status: 'failed',
        ...(entitiesScored !== undefined && {
          entities_scored: entitiesScored,
        }),
        error: outcome.error,
      };
    default:
      throw new InputError(
        `A run finishes with status 'succeeded' or 'failed', got ${quote(
          (outcome as { status?: unknown } | undefined)?.status,
        )}`,
      );
  }
}

function rowToRun(row: RefreshRunRow): RefreshRun {
  return {
    id: Number(row.id),
    startedAt: toIsoString(row.started_at),
    finishedAt: row.finished_at === null ? null : toIsoString(row.finished_at),
    status: row.status,
    entitiesScored: Number(row.entities_scored),
    error: row.error,
    trigger: row.trigger,
    entitiesSeen: Number(row.entities_seen),
    entitiesChanged: Number(row.entities_changed),
    entitiesRemoved: Number(row.entities_removed),
    modelVersion: row.model_version,
  };
}

function toIsoString(value: Date | number | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`Unreadable timestamp in ${TABLE}: ${quote(value)}`);
  }
  return date.toISOString();
}

function quote(value: unknown): string {
  return typeof value === 'number'
    ? String(value)
    : JSON.stringify(value) ?? String(value);
}
