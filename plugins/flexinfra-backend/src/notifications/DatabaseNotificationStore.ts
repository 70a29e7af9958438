import type {
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { ScorecardHistoryEntry } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { Knex } from 'knex';
import { migrateDatabase } from '../database/migrateDatabase';
import type { StoredCheckResult } from '../database/ResultStore';
import {
  chunk,
  TABLES,
  toNullableNumber,
  valuesPerList,
} from '../database/rows';
import type { EntityRegression } from './buildRegressionNotifications';
import type { NotificationStore } from './NotificationStore';
import type { NotificationCause } from './types';

const SENT = 'flexinfra_notifications_sent';

/**
 * The NotificationStore of the plugin's database.
 *
 * @internal
 */
export class DatabaseNotificationStore implements NotificationStore {
  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
  }): Promise<DatabaseNotificationStore> {
    return new DatabaseNotificationStore(
      await migrateDatabase(options.database, options.logger),
    );
  }

  private constructor(private readonly db: Knex) {}

  async claim(options: {
    cause: NotificationCause;
    subject: string;
    keys: string[];
    now: Date;
  }): Promise<string[]> {
    const { cause, subject, now } = options;
    const claimed: string[] = [];
    for (const key of new Set(options.keys)) {
      const inserted = await this.db(SENT)
        .insert({ cause, subject, key, sent_at: now })
        .onConflict(['cause', 'subject', 'key'])
        .ignore()
        .returning('key');
      if (inserted.length > 0) {
        claimed.push(key);
      }
    }
    return claimed;
  }

  async release(options: {
    cause: NotificationCause;
    subject: string;
    keys: string[];
  }): Promise<void> {
    if (options.keys.length === 0) {
      return;
    }
    await this.db(SENT)
      .where({ cause: options.cause, subject: options.subject })
      .whereIn('key', options.keys)
      .delete();
  }

  async prune(options: {
    causes: NotificationCause[];
    before: Date;
  }): Promise<number> {
    return this.db(SENT)
      .whereIn('cause', options.causes)
      .where('sent_at', '<', options.before)
      .delete();
  }

  async findRegressions(runId: number): Promise<EntityRegression[]> {
    const rows: Array<{
      entity_ref: string;
      title: string | null;
      owner_ref: string | null;
      stage: number | string | null;
      previous_stage: number | string | null;
      changes: string;
    }> = await this.db({ s: TABLES.staged })
      .join({ r: TABLES.results }, 'r.entity_ref', 's.entity_ref')
      .select(
        's.entity_ref',
        's.title',
        's.owner_ref',
        's.stage',
        's.changes',
        { previous_stage: 'r.stage' },
      )
      .where({ 's.run_id': runId, 's.changed': true, 's.outcome': 'scored' })
      .where('r.outcome', 'scored')
      .whereRaw('?? = ??', ['r.model_version', 's.model_version'])
      .orderBy('s.entity_ref');

    const candidates = rows.flatMap(row => {
      const changes: ScorecardHistoryEntry['changes'] = JSON.parse(row.changes);
      const failed = changes.filter(
        (change): change is typeof change & { from: 'pass' | 'waived' } =>
          change.to === 'fail' &&
          (change.from === 'pass' || change.from === 'waived'),
      );
      const fromStage = toNullableNumber(row.previous_stage);
      const toStage = toNullableNumber(row.stage);
      const dropped =
        fromStage !== null && toStage !== null && toStage < fromStage;
      return dropped || failed.length > 0
        ? [{ row, failed, fromStage, toStage }]
        : [];
    });

    // The evidence the failing checks had, from the stored scorecards.
    const evidence = new Map<string, StoredCheckResult[]>();
    const refs = candidates
      .filter(candidate => candidate.failed.length > 0)
      .map(candidate => candidate.row.entity_ref);
    for (const part of chunk(refs, valuesPerList(this.db))) {
      const stored: Array<{ entity_ref: string; scorecard: string }> =
        await this.db(TABLES.results)
          .select('entity_ref', 'scorecard')
          .whereIn('entity_ref', part);
      for (const row of stored) {
        evidence.set(row.entity_ref, JSON.parse(row.scorecard).checks ?? []);
      }
    }

    return candidates.map(({ row, failed, fromStage, toStage }) => {
      const checks = evidence.get(row.entity_ref) ?? [];
      return {
        entityRef: row.entity_ref,
        title: row.title,
        ownerRef: row.owner_ref,
        runId,
        fromStage,
        toStage,
        failed: failed.map(change => ({
          id: change.id,
          from: change.from,
          evidence:
            checks.find(check => check.id === change.id)?.evidence ?? [],
        })),
      };
    });
  }
}
