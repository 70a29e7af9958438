import type { AdoptionRun } from '../../api';
import { templateName } from '../shared';
import type { ScorePoint } from './historyChartData';

/** A template run as the chart marks it. */
export interface RunMarker {
  taskId: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** The template's name, the marker's label, saying when the run failed. */
  label: string;
  /** The run failed or was cancelled: it could change nothing. */
  failed: boolean;
  /** Where the label sits: away from the nearer edge, so none is cut off. */
  position: 'insideTopLeft' | 'insideTopRight';
}

/**
 * The chart's line and its template run markers. The score holds until it
 * changes, so when a run comes after the last point the line goes on to
 * it, and the marker stands on the score the run started from.
 */
export function runMarkers(
  points: ScorePoint[],
  runs: AdoptionRun[],
): { data: ScorePoint[]; markers: RunMarker[] } {
  const runTimes = runs
    .map(run => Date.parse(run.createdAt))
    .filter(time => !Number.isNaN(time));
  const last = points[points.length - 1];
  const lastRun = Math.max(...runTimes);
  const data =
    last && last.score !== null && lastRun > last.time
      ? [...points, { ...last, time: lastRun }]
      : points;
  const times = [...data.map(point => point.time), ...runTimes];
  const middle = (Math.min(...times) + Math.max(...times)) / 2;
  const markers = runs.flatMap(run => {
    const time = Date.parse(run.createdAt);
    return Number.isNaN(time)
      ? []
      : [
          {
            taskId: run.taskId,
            time,
            label: `${templateName(run.templateRef)}${
              run.outcome === 'failed' ? ` (${run.status})` : ''
            }`,
            failed: run.outcome === 'failed',
            position:
              time > middle
                ? ('insideTopRight' as const)
                : ('insideTopLeft' as const),
          },
        ];
  });
  return { data, markers };
}
