import type { Campaign, CampaignProgress } from '../../api';

/** A day as the chart's x value: milliseconds at its UTC midnight. */
export function dayTime(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

/** One day of the chart; shares in percent. */
export interface ProgressChartPoint {
  time: number;
  /** The share at target at the end of the day; null without entities. */
  share?: number | null;
  /**
   * The straight way from the share on the first day to everything at
   * target on the due date: where the campaign should be to finish on time.
   */
  trajectory?: number;
}

/** What the progress chart draws. */
export interface ProgressChartData {
  points: ProgressChartPoint[];
  milestones: Array<{
    time: number;
    share: number;
    status: CampaignProgress['milestones'][number]['status'];
    label: string;
  }>;
  due: number;
  /** From the start to the due date, or to today if that is later. */
  domain: [number, number];
  /** Where the straight way to the due date stands on the last day shown. */
  trajectoryToday: number | null;
}

function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/**
 * The progress chart of a campaign: its daily shares at target (in
 * percent), the trajectory from the first day's share to 100 % on the due
 * date, the milestones and the due date.
 */
export function progressChartData(
  campaign: Pick<Campaign, 'startDate' | 'dueDate'>,
  progress: Pick<CampaignProgress, 'series' | 'milestones'>,
): ProgressChartData {
  const start = dayTime(campaign.startDate);
  const due = dayTime(campaign.dueDate);
  const first = percent(progress.series[0]?.share ?? null) ?? 0;
  const trajectoryAt = (time: number) =>
    due === start
      ? 100
      : Math.round(
          (first + ((100 - first) * (time - start)) / (due - start)) * 10,
        ) / 10;

  const points: ProgressChartPoint[] = progress.series.map(point => {
    const time = dayTime(point.date);
    return {
      time,
      share: percent(point.share),
      ...(time <= due ? { trajectory: trajectoryAt(time) } : {}),
    };
  });
  const last = points[points.length - 1];
  if (!last || last.time < due) {
    // The trajectory runs on to the due date, past the days measured.
    points.push({ time: due, trajectory: 100 });
  }
  if (points[0]?.time !== start) {
    points.unshift({ time: start, trajectory: first });
  }
  const lastMeasured = [...points].reverse().find(p => p.share !== undefined);
  return {
    points,
    milestones: progress.milestones.map(milestone => ({
      time: dayTime(milestone.date),
      share: Math.round(milestone.share * 1000) / 10,
      status: milestone.status,
      label: `${Math.round(milestone.share * 1000) / 10} % by ${
        milestone.date
      }`,
    })),
    due,
    domain: [start, Math.max(due, last?.time ?? due)],
    trajectoryToday:
      lastMeasured && lastMeasured.time <= due
        ? trajectoryAt(lastMeasured.time)
        : null,
  };
}
