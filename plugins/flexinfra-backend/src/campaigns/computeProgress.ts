import type {
  Campaign,
  CampaignProgress,
  CampaignProgressPoint,
  CampaignShortfall,
  ScorecardHistoryEntry,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { HistorySince } from '../database/historyQueries';
import type { ListedResult } from '../database/ResultStore';
import { addDays, daysBetween } from '../database/summaryQueries';

/** What progress needs of a check of the model. */
export type ProgressCheck = {
  title: string;
  /** The stage it gates, or null. */
  stage: number | null;
  template: string | null;
};

/** The days a projection looks back over. */
const PACE_DAYS = 28;

/**
 * A campaign's progress, from the results in its scope now and their stored
 * history since it started: no entity is rescored. An entity counts on a
 * day from its first history entry on (or for every day, when its history
 * before the campaign was pruned); its state that day is its last history
 * entry's (the stage), with the checks it has since changed taken back to
 * what they were (a check target).
 *
 * Pure: the caller reads the results and the history, and filters the
 * shortfall to what the caller may read.
 *
 * @internal
 */
export function computeProgress(options: {
  campaign: Campaign;
  /** YYYY-MM-DD. */
  today: string;
  results: ListedResult[];
  history: Map<string, HistorySince>;
  checks: ReadonlyMap<string, ProgressCheck>;
}): CampaignProgress {
  const { campaign, today, results, history, checks } = options;
  const target = campaign.target;
  const satisfiedNow = (result: ListedResult) => isAtTarget(result, target);

  const series: CampaignProgressPoint[] = [];
  const lastDay = today < campaign.dueDate ? today : campaign.dueDate;
  for (let day = campaign.startDate; day <= lastDay; day = nextDay(day)) {
    let entities = 0;
    let atTarget = 0;
    for (const result of results) {
      const state = stateAt(history.get(result.entityRef), day);
      if (state === 'absent') {
        continue;
      }
      entities++;
      if (
        state === 'now'
          ? satisfiedNow(result)
          : satisfiedThen(state, result, target)
      ) {
        atTarget++;
      }
    }
    series.push({
      date: day,
      entities,
      atTarget,
      share: ratio(atTarget, entities),
    });
  }

  const atTarget = results.filter(satisfiedNow).length;
  const share = ratio(atTarget, results.length);
  const shareOn = (date: string) =>
    date >= today ? share : series.find(p => p.date === date)?.share ?? null;

  const teams = new Map<
    string | null,
    { entities: number; atTarget: number }
  >();
  for (const result of results) {
    const team = teams.get(result.ownerRef) ?? { entities: 0, atTarget: 0 };
    team.entities++;
    team.atTarget += satisfiedNow(result) ? 1 : 0;
    teams.set(result.ownerRef, team);
  }

  const shortfall = results
    .filter(result => !satisfiedNow(result))
    .map(result => toShortfall(result, target, checks))
    .sort(
      (a, b) =>
        b.missing.length - a.missing.length ||
        a.entityRef.localeCompare(b.entityRef),
    );

  const projectedCompletion =
    share === 1 ? null : project(series.slice(-PACE_DAYS), today);
  return {
    campaignId: campaign.id,
    asOf: today,
    entities: results.length,
    atTarget,
    share,
    series,
    milestones: campaign.milestones.map(milestone => {
      if (milestone.date > today) {
        return { ...milestone, actualShare: null, status: 'upcoming' as const };
      }
      const actualShare = shareOn(milestone.date);
      return {
        ...milestone,
        actualShare,
        status:
          actualShare !== null && actualShare >= milestone.share
            ? ('reached' as const)
            : ('missed' as const),
      };
    }),
    teams: [...teams]
      .map(([ownerRef, team]) => ({
        ownerRef,
        ...team,
        share: ratio(team.atTarget, team.entities),
      }))
      .sort(
        (a, b) =>
          (a.share ?? 0) - (b.share ?? 0) ||
          (a.ownerRef ?? '').localeCompare(b.ownerRef ?? ''),
      ),
    shortfall,
    shortfallTotal: shortfall.length,
    projectedCompletion,
    onTrack:
      share === 1 ||
      (projectedCompletion !== null && projectedCompletion <= campaign.dueDate),
  };
}

/**
 * Whether a stored result is at a campaign's target: scored, and at the
 * stage or failing none of the checks (passing or waiving them, or not
 * subject to them).
 *
 * @internal
 */
export function isAtTarget(
  result: Pick<ListedResult, 'outcome' | 'stage' | 'failingChecks'>,
  target: Campaign['target'],
): boolean {
  return (
    result.outcome === 'scored' &&
    ('stage' in target
      ? (result.stage ?? 0) >= target.stage
      : target.checks.every(id => !result.failingChecks.includes(id)))
  );
}

/**
 * What an entity was at the end of a day: its last history entry then (with
 * the entries after it, to take check changes back), 'now' when it has no
 * history at all (unchanged since before its history was pruned), or
 * 'absent' before its first entry, or once removed.
 */
function stateAt(
  history: HistorySince | undefined,
  day: string,
):
  | 'absent'
  | 'now'
  | { entry: ScorecardHistoryEntry; later: ScorecardHistoryEntry[] } {
  if (!history) {
    return 'now';
  }
  const end = `${day}T23:59:59.999Z`;
  let index = -1;
  while (
    index + 1 < history.entries.length &&
    history.entries[index + 1].recordedAt <= end
  ) {
    index++;
  }
  const entry = index >= 0 ? history.entries[index] : history.before;
  if (!entry || entry.outcome === 'removed') {
    return 'absent';
  }
  return { entry, later: history.entries.slice(index + 1) };
}

function satisfiedThen(
  state: { entry: ScorecardHistoryEntry; later: ScorecardHistoryEntry[] },
  result: ListedResult,
  target: Campaign['target'],
): boolean {
  if (state.entry.outcome !== 'scored') {
    return false;
  }
  if ('stage' in target) {
    return (state.entry.stage ?? 0) >= target.stage;
  }
  return target.checks.every(id => {
    // The status before the first later change is what it was then.
    for (const entry of state.later) {
      const change = entry.changes.find(c => c.id === id);
      if (change) {
        return change.from !== 'fail';
      }
    }
    return !result.failingChecks.includes(id);
  });
}

/**
 * An entity short of a campaign's target, with the checks it fails that the
 * target needs: for a stage, those gating it or a stage below.
 *
 * @internal
 */
export function toShortfall(
  result: ListedResult,
  target: Campaign['target'],
  checks: ReadonlyMap<string, ProgressCheck>,
): CampaignShortfall {
  const missing = result.failingChecks
    .filter(id => {
      if ('stage' in target) {
        const stage = checks.get(id)?.stage ?? null;
        return stage !== null && stage <= target.stage;
      }
      return target.checks.includes(id);
    })
    .sort()
    .map(id => ({
      checkId: id,
      title: checks.get(id)?.title ?? id,
      template: checks.get(id)?.template ?? null,
    }));
  return {
    entityRef: result.entityRef,
    title: result.title,
    ownerRef: result.ownerRef,
    stage: result.stage,
    outcome: result.outcome,
    missing,
  };
}

/**
 * The day the share reaches 1 on a least-squares line through the points,
 * or null when the line does not rise.
 */
function project(
  points: CampaignProgressPoint[],
  today: string,
): string | null {
  const known = points.filter(p => p.share !== null);
  if (known.length < 2) {
    return null;
  }
  const xs = known.map(p => daysBetween(known[0].date, p.date));
  const ys = known.map(p => p.share!);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - meanX) * (ys[i] - meanY);
    variance += (x - meanX) ** 2;
  });
  const slope = variance === 0 ? 0 : covariance / variance;
  if (slope <= 0) {
    return null;
  }
  const intercept = meanY - slope * meanX;
  // Less a hair, so a line that reaches 1 on a day is not put a day later.
  const day = Math.ceil((1 - intercept) / slope - 1e-9);
  const projected = addDays(known[0].date, day);
  return projected < today ? today : projected;
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}

function nextDay(day: string): string {
  return addDays(day, 1);
}
