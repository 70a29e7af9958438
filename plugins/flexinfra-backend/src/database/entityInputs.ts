import type { Knex } from 'knex';
import type {
  CommitRunOptions,
  EntityInput,
  StagedEntityInput,
} from './ResultStore';
import { chunk, insertRows, TABLES, valuesPerList } from './rows';

/**
 * Change detection's storage: each entity's catalog etag as the last
 * committed refresh read it, and the reverse index of the entities each one
 * was scored with. Staged per run and moved at commit with set-based SQL,
 * in the commit's transaction.
 */

/** Every entity input of the last committed refresh, by entity ref. */
export async function readEntityInputs(
  db: Knex,
): Promise<Map<string, EntityInput>> {
  const inputs = new Map<string, EntityInput>();
  const pageSize = 10_000;
  for (let after = ''; ; ) {
    const page: Array<{
      entity_ref: string;
      etag: string | null;
      recheck: boolean | number;
    }> = await db(TABLES.inputs)
      .select('entity_ref', 'etag', 'recheck')
      .where('entity_ref', '>', after)
      .orderBy('entity_ref')
      .limit(pageSize);
    for (const row of page) {
      inputs.set(row.entity_ref, {
        etag: row.etag,
        recheck: Boolean(row.recheck),
      });
    }
    if (page.length < pageSize) {
      return inputs;
    }
    after = page[page.length - 1].entity_ref;
  }
}

/** The entities scored with any of these, from the reverse index. */
export async function readDependents(
  db: Knex,
  targetRefs: string[],
): Promise<string[]> {
  const dependents = new Set<string>();
  for (const refs of chunk(targetRefs, valuesPerList(db))) {
    const rows: Array<{ entity_ref: string }> = await db(TABLES.dependencies)
      .distinct('entity_ref')
      .whereIn('target_ref', refs);
    rows.forEach(row => dependents.add(row.entity_ref));
  }
  return [...dependents];
}

/** Stages what a run read of some entities, until it commits. */
export async function stageEntityInputs(
  db: Knex,
  runId: number,
  inputs: StagedEntityInput[],
): Promise<void> {
  await insertRows(
    db,
    TABLES.stagedInputs,
    inputs.map(input => ({
      run_id: runId,
      entity_ref: input.entityRef,
      etag: input.etag,
      recheck: input.recheck,
    })),
  );
  await insertRows(
    db,
    TABLES.stagedDependencies,
    inputs.flatMap(input =>
      [...new Set(input.scoredWith)].map(targetRef => ({
        run_id: runId,
        entity_ref: input.entityRef,
        target_ref: targetRef,
      })),
    ),
  );
}

/**
 * Makes the committed inputs of the entities the run read equal to what it
 * staged, and drops those of entities gone from the catalog: after a full
 * read, every entity it did not stage; after a read of changes, the ones it
 * names. Rows that are already right are not written again, so a full read
 * of an unchanged catalog writes nothing here (and leaves no dead rows on
 * PostgreSQL).
 */
export async function commitStagedInputs(
  tx: Knex.Transaction,
  runId: number,
  read: NonNullable<CommitRunOptions['inputs']>,
): Promise<void> {
  const stagedRefs = tx(TABLES.stagedInputs)
    .select('entity_ref')
    .where({ run_id: runId });
  if (read.mode === 'full') {
    // A full read staged every entity there is: the others are gone.
    await tx(TABLES.inputs)
      .whereNotIn('entity_ref', stagedRefs.clone())
      .delete();
  } else {
    for (const refs of chunk(read.removedRefs, valuesPerList(tx))) {
      await tx(TABLES.dependencies).whereIn('entity_ref', refs).delete();
      await tx(TABLES.inputs).whereIn('entity_ref', refs).delete();
    }
  }

  // A dependency the run did not stage goes, if the run read its entity
  // (after a full read, it read every entity).
  const unstaged = tx(TABLES.dependencies).whereNotExists(
    tx(`${TABLES.stagedDependencies} as s`)
      .select(tx.raw('1'))
      .where('s.run_id', runId)
      .whereRaw('?? = ??', [
        's.entity_ref',
        `${TABLES.dependencies}.entity_ref`,
      ])
      .whereRaw('?? = ??', [
        's.target_ref',
        `${TABLES.dependencies}.target_ref`,
      ]),
  );
  if (read.mode === 'changes') {
    unstaged.whereIn('entity_ref', stagedRefs.clone());
  }
  await unstaged.delete();
  await tx.raw(
    `INSERT INTO ?? (entity_ref, target_ref)
     SELECT entity_ref, target_ref FROM ?? WHERE run_id = ?
     ON CONFLICT (entity_ref, target_ref) DO NOTHING`,
    [TABLES.dependencies, TABLES.stagedDependencies, runId],
  );
  await tx.raw(
    `INSERT INTO ?? (entity_ref, etag, recheck)
     SELECT entity_ref, etag, recheck FROM ?? WHERE run_id = ?
     ON CONFLICT (entity_ref) DO UPDATE
       SET etag = excluded.etag, recheck = excluded.recheck
       WHERE ?? IS DISTINCT FROM excluded.etag
         OR ?? <> excluded.recheck`,
    [
      TABLES.inputs,
      TABLES.stagedInputs,
      runId,
      `${TABLES.inputs}.etag`,
      `${TABLES.inputs}.recheck`,
    ],
  );
  await discardStagedInputs(tx, runId);
}

/**
 * Deletes a run's staged inputs, and any left behind by runs that are no
 * longer running.
 */
export async function discardStagedInputs(
  db: Knex,
  runId: number,
): Promise<void> {
  for (const table of [TABLES.stagedInputs, TABLES.stagedDependencies]) {
    await db(table)
      .where({ run_id: runId })
      .orWhereNotIn(
        'run_id',
        db(TABLES.runs).select('id').where({ status: 'running' }),
      )
      .delete();
  }
}
