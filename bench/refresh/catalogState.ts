/**
 * Whether the catalog has caught up with what the provider gave it: read
 * from the catalog's own tables (nothing due for processing, nothing queued
 * for stitching) and from what its API serves.
 */
import type { AuthService } from '@backstage/backend-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  type EntityFilterQuery,
} from '@backstage/catalog-client';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import { REVISION_ANNOTATION } from './benchCatalog';
import { sleep } from './measure';

export interface Backlog {
  /** Rows of refresh_state: entities the catalog knows of. */
  known: number;
  /** Entities due for processing. */
  due: number;
  /** Entities waiting to be stitched. */
  stitching: number;
  /** Final entities (what the API serves). */
  final: number;
  /** Entities whose last processing recorded errors. */
  withErrors: number;
}

async function count(query: Knex.QueryBuilder): Promise<number> {
  const [row] = await query.count({ n: '*' });
  return Number((row as { n: number | string }).n);
}

/** The catalog's processing backlog, from its tables; zeros before it has any. */
export async function catalogBacklog(knex: Knex): Promise<Backlog> {
  if (!(await knex.schema.hasTable('refresh_state'))) {
    return { known: 0, due: 0, stitching: 0, final: 0, withErrors: 0 };
  }
  const [known, due, stitching, final, withErrors] = await Promise.all([
    count(knex('refresh_state')),
    count(knex('refresh_state').where('next_update_at', '<=', knex.fn.now())),
    count(knex('stitch_queue')),
    count(knex('final_entities').whereNotNull('final_entity')),
    count(
      knex('refresh_state')
        .whereNotNull('errors')
        .whereNotIn('errors', ['', '[]']),
    ),
  ]);
  return { known, due, stitching, final, withErrors };
}

/** How many entities the catalog API serves that match `filter`. */
export async function servedCount(
  catalog: CatalogService,
  auth: AuthService,
  filter?: EntityFilterQuery,
): Promise<number> {
  const response = await catalog.queryEntities(
    { ...(filter && { filter }), limit: 1, fields: ['kind'] },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  return response.totalItems;
}

export function revisionFilter(revision?: string): EntityFilterQuery {
  return {
    [`metadata.annotations.${REVISION_ANNOTATION}`]:
      revision ?? CATALOG_FILTER_EXISTS,
  };
}

/**
 * Waits until the catalog has no backlog and `served()` says the API serves
 * what is expected, both holding for `quietMs`. An entity the catalog
 * rejects never shows: if the backlog stays empty for `giveUpQuietMs` while
 * `served()` is still false, gives up and says so.
 */
export async function waitForCatalog(options: {
  knex: Knex;
  served: () => Promise<boolean>;
  what: string;
  quietMs?: number;
  giveUpQuietMs?: number;
  timeoutMs: number;
  log: (line: string) => void;
}): Promise<{ waitedMs: number; settled: boolean; backlog: Backlog }> {
  const { knex, served, what, log } = options;
  const quietMs = options.quietMs ?? 3000;
  const giveUpQuietMs = options.giveUpQuietMs ?? 60_000;
  const start = performance.now();
  let quietSince: number | undefined;
  let lastLog = 0;
  for (;;) {
    const backlog = await catalogBacklog(knex);
    const now = performance.now();
    const idle = backlog.due === 0 && backlog.stitching === 0;
    quietSince = idle ? quietSince ?? now : undefined;
    const quietFor = quietSince === undefined ? 0 : now - quietSince;
    if (idle && quietFor >= quietMs && (await served())) {
      return { waitedMs: now - start, settled: true, backlog };
    }
    if (idle && quietFor >= giveUpQuietMs) {
      log(`  the catalog is idle but ${what} is not served; going on`);
      return { waitedMs: now - start, settled: false, backlog };
    }
    if (now - start > options.timeoutMs) {
      throw new Error(`Timed out waiting for the catalog: ${what}`);
    }
    if (now - lastLog > 15_000) {
      lastLog = now;
      log(
        `  waiting for ${what}: ${backlog.known} known, ${backlog.due} due, ` +
          `${backlog.stitching} to stitch, ${backlog.final} served, ` +
          `${backlog.withErrors} with errors (${((now - start) / 1000).toFixed(
            0,
          )} s)`,
      );
    }
    await sleep(500);
  }
}
