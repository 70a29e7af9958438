import type { OwnerNode } from './ResultStore';

/**
 * A row of `flexinfra_owners`: `member_ref` rolls up into `ancestor_ref`.
 *
 * @internal
 */
export type OwnerClosureRow = {
  member_ref: string;
  ancestor_ref: string;
  depth: number;
  ancestor_title: string | null;
};

/**
 * The closure of a group tree: for every group a depth-0 row linking it to
 * itself and a row linking it to each ancestor (depth 1 is the parent).
 *
 * A catalog can hold a bad tree: a walk stops when a ref repeats (a cycle)
 * and when a parent is not among the nodes (its own parent is unknown; it is
 * still linked as an ancestor). A ref listed twice counts once, the first
 * node winning.
 *
 * @internal
 */
export function ownerClosure(owners: readonly OwnerNode[]): OwnerClosureRow[] {
  const nodes = new Map<string, OwnerNode>();
  for (const node of owners) {
    if (!nodes.has(node.ref)) {
      nodes.set(node.ref, node);
    }
  }

  const rows: OwnerClosureRow[] = [];
  for (const node of nodes.values()) {
    const seen = new Set<string>();
    let ancestor: string | null = node.ref;
    for (let depth = 0; ancestor !== null && !seen.has(ancestor); depth++) {
      seen.add(ancestor);
      rows.push({
        member_ref: node.ref,
        ancestor_ref: ancestor,
        depth,
        ancestor_title: nodes.get(ancestor)?.title ?? null,
      });
      ancestor = nodes.get(ancestor)?.parentRef ?? null;
    }
  }
  return rows;
}
