import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { RepositoryFacts } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import type { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import {
  chunk,
  toIsoString,
  valuesPerList,
  type Timestamp,
} from '../database/rows';
import type { RepositoryStore, StoredRepository } from './RepositoryStore';

const TABLE = 'flexinfra_repositories';

type RepositoryRow = {
  target: string;
  etag: string | null;
  facts: string;
  error: string | null;
  analyzed_at: Timestamp;
  checked_at: Timestamp;
};

/**
 * The {@link RepositoryStore} backed by the plugin's database (PostgreSQL or
 * SQLite).
 *
 * @internal
 */
export class DatabaseRepositoryStore implements RepositoryStore {
  /**
   * Connects to the plugin's database and, unless the backend is configured
   * to skip migrations, brings its schema up to date.
   */
  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
    /** The clock; defaults to the system time. Tests pass their own. */
    now?: () => Date;
  }): Promise<DatabaseRepositoryStore> {
    const { database, logger, now = () => new Date() } = options;
    const db = await migrateDatabase(database, logger);
    return new DatabaseRepositoryStore(db, now);
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async getRepositories(
    targets: string[],
  ): Promise<Map<string, StoredRepository>> {
    const found = new Map<string, StoredRepository>();
    for (const part of chunk([...new Set(targets)], valuesPerList(this.db))) {
      const rows: RepositoryRow[] = await this.db(TABLE)
        .select('target', 'etag', 'facts', 'error', 'analyzed_at')
        .whereIn('target', part);
      for (const row of rows) {
        found.set(row.target, {
          target: row.target,
          etag: row.etag,
          facts: JSON.parse(row.facts) as RepositoryFacts,
          error: row.error,
          analyzedAt: new Date(toIsoString(row.analyzed_at)),
        });
      }
    }
    return found;
  }

  async putRepository(repository: StoredRepository): Promise<void> {
    const row: RepositoryRow = {
      target: repository.target,
      etag: repository.etag,
      facts: JSON.stringify(repository.facts),
      error: repository.error,
      analyzed_at: repository.analyzedAt,
      checked_at: this.now(),
    };
    await this.db(TABLE)
      .insert(row)
      .onConflict('target')
      .merge(['etag', 'facts', 'error', 'analyzed_at', 'checked_at']);
  }

  async markChecked(targets: string[]): Promise<void> {
    const now = this.now();
    for (const part of chunk([...new Set(targets)], valuesPerList(this.db))) {
      await this.db(TABLE).whereIn('target', part).update({ checked_at: now });
    }
  }

  async deleteUncheckedSince(before: Date): Promise<number> {
    return await this.db(TABLE).where('checked_at', '<', before).delete();
  }
}
