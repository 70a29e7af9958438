import type { Knex } from 'knex';
import { ownerClosure, type OwnerClosureRow } from './ownerClosure';
import type { OwnerNode } from './ResultStore';
import { chunk, insertRows, TABLES, valuesPerList } from './rows';

/**
 * Makes the stored owner closure equal to the group tree's, plus a depth-0
 * row for every other owner of a stored result (users own things too).
 * Inside a commit's transaction, after its results are written.
 *
 * Only the rows that differ are written: a tree that did not change costs
 * one read of the stored closure and of the results' distinct owners.
 *
 * @internal
 */
export async function commitOwners(
  tx: Knex.Transaction,
  owners: readonly OwnerNode[],
): Promise<{ written: number }> {
  const wanted = new Map<string, OwnerClosureRow>();
  for (const row of ownerClosure(owners)) {
    wanted.set(keyOf(row), row);
  }
  const resultOwners: Array<{ owner_ref: string }> = await tx(TABLES.results)
    .distinct('owner_ref')
    .whereNotNull('owner_ref');
  for (const { owner_ref: ref } of resultOwners) {
    const self = {
      member_ref: ref,
      ancestor_ref: ref,
      depth: 0,
      ancestor_title: null,
    };
    if (!wanted.has(keyOf(self))) {
      wanted.set(keyOf(self), self);
    }
  }

  const stored: OwnerClosureRow[] = await tx(TABLES.owners).select(
    'member_ref',
    'ancestor_ref',
    'depth',
    'ancestor_title',
  );
  const stale: Array<[string, string]> = [];
  for (const row of stored) {
    const key = keyOf(row);
    const want = wanted.get(key);
    if (want && sameRow(want, row)) {
      wanted.delete(key);
    } else {
      stale.push([row.member_ref, row.ancestor_ref]);
    }
  }
  // Two values per pair in the list.
  for (const pairs of chunk(stale, Math.floor(valuesPerList(tx) / 2))) {
    await tx(TABLES.owners)
      .whereIn(['member_ref', 'ancestor_ref'], pairs)
      .delete();
  }
  await insertRows(tx, TABLES.owners, [...wanted.values()]);
  return { written: stale.length + wanted.size };
}

function keyOf(row: Pick<OwnerClosureRow, 'member_ref' | 'ancestor_ref'>) {
  return `${row.member_ref}\u0000${row.ancestor_ref}`;
}

function sameRow(a: OwnerClosureRow, b: OwnerClosureRow): boolean {
  return (
    Number(a.depth) === Number(b.depth) &&
    (a.ancestor_title ?? null) === (b.ancestor_title ?? null)
  );
}
