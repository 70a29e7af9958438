import type { EntityScorecard, ScorecardHistoryEntry } from '../../api';

/** A point of the score trend. */
export interface ScorePoint {
  /** Milliseconds since the epoch. */
  time: number;
  /** 0–100, or null where the entity was not scored (a gap in the line). */
  score: number | null;
  stage: number | null;
}

/**
 * The chart's points, oldest first, from the history (newest first, one
 * entry per change). The current result is added as the last point, so that
 * the line reaches the latest computation even when nothing changed since.
 */
export function historyChartData(
  history: ScorecardHistoryEntry[],
  current?: Pick<EntityScorecard, 'computedAt' | 'score' | 'stage'>,
): ScorePoint[] {
  const points = history
    .map(entry => ({
      time: Date.parse(entry.recordedAt),
      score: entry.outcome === 'scored' ? entry.score : null,
      stage: entry.outcome === 'scored' ? entry.stage : null,
    }))
    .filter(point => !Number.isNaN(point.time))
    .sort((a, b) => a.time - b.time);
  if (current) {
    const time = Date.parse(current.computedAt);
    const last = points[points.length - 1];
    if (!Number.isNaN(time) && (!last || time > last.time)) {
      points.push({
        time,
        score: current.score,
        stage: current.stage?.number ?? null,
      });
    }
  }
  return points;
}
