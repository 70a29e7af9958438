import type { SummaryGroup } from '../../api';

/** How the whole selection moved since the trend snapshots. */
export interface OverallTrend {
  /** The (earliest) snapshot day compared with, YYYY-MM-DD. */
  since: string;
  /** Change of the average score, in points. */
  averageScoreDelta: number | null;
  /** Change of the share at target, in percentage points. */
  atTargetShareDelta: number | null;
}

/**
 * The groups that do not roll up into another group of the list: with the
 * owner grouping, each entity counts towards its team and every group above
 * it, so these top groups (and the "no owner" group) do not overlap.
 */
export function topLevelGroups(
  groups: readonly SummaryGroup[],
): SummaryGroup[] {
  const keys = new Set(groups.map(group => group.key));
  return groups.filter(
    group => group.parentKey === null || !keys.has(group.parentKey),
  );
}

function weightedDelta(
  groups: readonly SummaryGroup[],
  pick: (aggregate: {
    averageScore: number | null;
    atTargetShare: number | null;
  }) => number | null,
  scale: number,
): number | null {
  let weight = 0;
  let sum = 0;
  for (const group of groups) {
    const now = pick(group);
    const then = group.trend ? pick(group.trend) : null;
    if (now !== null && then !== null && group.entities > 0) {
      weight += group.entities;
      sum += group.entities * (now - then) * scale;
    }
  }
  return weight > 0 ? sum / weight : null;
}

/**
 * The trend of the whole selection, estimated from the owner summary (the
 * backend keeps daily snapshots per group, not of the total): the change of
 * each top-level group, weighted by its entities today. Null when no group
 * has a snapshot to compare with.
 */
export function overallTrend(
  ownerGroups: readonly SummaryGroup[],
): OverallTrend | null {
  const tops = topLevelGroups(ownerGroups).filter(group => group.trend);
  if (tops.length === 0) {
    return null;
  }
  const since = tops
    .map(group => group.trend!.since)
    .reduce((earliest, day) => (day < earliest ? day : earliest));
  const averageScoreDelta = weightedDelta(tops, a => a.averageScore, 1);
  const atTargetShareDelta = weightedDelta(tops, a => a.atTargetShare, 100);
  if (averageScoreDelta === null && atTargetShareDelta === null) {
    return null;
  }
  return { since, averageScoreDelta, atTargetShareDelta };
}
