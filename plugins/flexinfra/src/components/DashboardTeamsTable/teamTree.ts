import type { SummaryGroup } from '../../api';

/** A group of the owner summary with the groups that roll up into it. */
export interface TeamNode {
  group: SummaryGroup;
  children: TeamNode[];
  /** 0 for a top-level group, 1 for its teams, and so on. */
  depth: number;
}

/** A team row as shown: its node and whether it is expanded. */
export interface VisibleTeamRow {
  node: TeamNode;
  expanded: boolean;
}

/** How sibling rows are ordered. */
export type TeamSortKey =
  | 'team'
  | 'entities'
  | 'averageScore'
  | 'atTargetShare';

/** An order of sibling rows. */
export interface TeamSort {
  key: TeamSortKey;
  direction: 'asc' | 'desc';
}

/**
 * Builds the tree of the owner summary from each group's `parentKey`: a
 * group whose parent is not in the summary (or that has none) is a
 * top-level row. A parent chain that loops back (a bad catalog) is cut so
 * that every group still appears once.
 */
export function buildTeamTree(groups: readonly SummaryGroup[]): TeamNode[] {
  const byKey = new Map<string | null, SummaryGroup>();
  for (const group of groups) {
    if (!byKey.has(group.key)) {
      byKey.set(group.key, group);
    }
  }
  const childrenOf = new Map<string, SummaryGroup[]>();
  const roots: SummaryGroup[] = [];
  for (const group of byKey.values()) {
    const parent = group.parentKey;
    if (parent !== null && parent !== group.key && byKey.has(parent)) {
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), group]);
    } else {
      roots.push(group);
    }
  }

  const placed = new Set<SummaryGroup>();
  const toNode = (group: SummaryGroup, depth: number): TeamNode => {
    placed.add(group);
    const children = (group.key === null ? [] : childrenOf.get(group.key) ?? [])
      .filter(child => !placed.has(child))
      .map(child => toNode(child, depth + 1));
    return { group, children, depth };
  };
  const tree = roots.map(root => toNode(root, 0));
  // Groups only reachable through a loop of parents become top-level rows.
  for (const group of byKey.values()) {
    if (!placed.has(group)) {
      tree.push(toNode(group, 0));
    }
  }
  return tree;
}

function sortValue(
  group: SummaryGroup,
  key: TeamSortKey,
): string | number | null {
  switch (key) {
    case 'team':
      return group.key;
    case 'entities':
      return group.entities;
    default:
      return group[key];
  }
}

/**
 * Compares two sibling groups. Missing values (no owner, no score) sort
 * last whichever the direction.
 */
export function compareTeams(sort: TeamSort) {
  return (a: TeamNode, b: TeamNode): number => {
    const x = sortValue(a.group, sort.key);
    const y = sortValue(b.group, sort.key);
    if (x === null && y === null) {
      return 0;
    }
    if (x === null || y === null) {
      return x === null ? 1 : -1;
    }
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y));
    return (
      (sort.direction === 'asc' ? order : -order) ||
      String(a.group.key).localeCompare(String(b.group.key))
    );
  };
}

/**
 * The rows to show, depth first: every node of the sorted tree whose
 * ancestors are all expanded.
 */
export function visibleTeamRows(
  tree: readonly TeamNode[],
  expanded: ReadonlySet<string | null>,
  sort: TeamSort,
): VisibleTeamRow[] {
  const compare = compareTeams(sort);
  const rows: VisibleTeamRow[] = [];
  const visit = (nodes: readonly TeamNode[]) => {
    for (const node of [...nodes].sort(compare)) {
      const isExpanded = expanded.has(node.group.key);
      rows.push({ node, expanded: isExpanded });
      if (isExpanded) {
        visit(node.children);
      }
    }
  };
  visit(tree);
  return rows;
}
