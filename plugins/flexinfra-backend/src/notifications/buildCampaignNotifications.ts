import type {
  Campaign,
  CampaignProgress,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { daysBetween } from '../database/summaryQueries';
import {
  campaignLink,
  notificationScope,
  NOTIFICATION_TOPICS,
  percent,
  type PendingNotification,
} from './types';

/**
 * A campaign's notifications on a day, to its owner, from its progress:
 *
 * - **A milestone reached** (its day passed with the share at or above it,
 *   or the share got there early): one notification naming the latest;
 *   each milestone's key is its day and share, so it is told once.
 * - **Due soon and behind**: from `dueWithinDays` before the due date, when
 *   the scope is not done and not on track (its projected completion is
 *   after the due date, or it is not progressing). Also to the owners of
 *   the teams behind the campaign's plan (the straight line from 0 at the
 *   start through each milestone to 1 on the due date). Its key is the
 *   due date and the reminder period counted back from it (every
 *   `remindEveryDays`), so it is sent at most once per period.
 *
 * Pure; archived campaigns get none.
 *
 * @internal
 */
export function buildCampaignNotifications(options: {
  campaign: Campaign;
  progress: CampaignProgress;
  /** YYYY-MM-DD. */
  today: string;
  dueWithinDays: number;
  remindEveryDays: number;
}): PendingNotification[] {
  const { campaign, progress } = options;
  if (campaign.status !== 'active' || progress.entities === 0) {
    return [];
  }
  return [
    milestoneReached(campaign, progress),
    dueSoonAndBehind(options),
  ].filter((n): n is PendingNotification => n !== undefined);
}

function milestoneReached(
  campaign: Campaign,
  progress: CampaignProgress,
): PendingNotification | undefined {
  const reached = progress.milestones.filter(
    milestone =>
      milestone.status === 'reached' ||
      (milestone.status === 'upcoming' &&
        progress.share !== null &&
        progress.share >= milestone.share),
  );
  if (reached.length === 0) {
    return undefined;
  }
  const latest = reached[reached.length - 1];
  const next = progress.milestones.find(
    milestone => !reached.includes(milestone) && milestone.date > latest.date,
  );
  return {
    cause: 'campaign-milestone',
    subject: campaign.id,
    keys: reached.map(milestone => `${milestone.date}@${milestone.share}`),
    recipients: [campaign.owner],
    payload: {
      title: `Campaign “${campaign.title}” reached its milestone of ${percent(
        latest.share,
      )} by ${latest.date}`,
      description: [
        describeShare(campaign, progress),
        next
          ? `Next milestone: ${percent(next.share)} by ${next.date}.`
          : `Due ${campaign.dueDate}.`,
      ].join(' '),
      link: campaignLink(campaign.id),
      severity: 'normal',
      topic: NOTIFICATION_TOPICS['campaign-milestone'],
      scope: notificationScope('campaign-milestone', campaign.id),
    },
  };
}

function dueSoonAndBehind(options: {
  campaign: Campaign;
  progress: CampaignProgress;
  today: string;
  dueWithinDays: number;
  remindEveryDays: number;
}): PendingNotification | undefined {
  const { campaign, progress, today } = options;
  const daysLeft = daysBetween(today, campaign.dueDate);
  if (
    daysLeft < 0 ||
    daysLeft > options.dueWithinDays ||
    progress.share === 1 ||
    progress.onTrack
  ) {
    return undefined;
  }
  const planned = plannedShare(campaign, today);
  const teamsBehind = progress.teams.filter(
    (team): team is typeof team & { ownerRef: string } =>
      team.ownerRef !== null && team.share !== null && team.share < planned,
  );
  const period = Math.ceil(daysLeft / options.remindEveryDays);
  const due = daysLeft === 0 ? 'today' : `in ${plural(daysLeft, 'day')}`;
  return {
    cause: 'campaign-behind',
    subject: campaign.id,
    keys: [`${campaign.dueDate}:${period}`],
    recipients: [
      ...new Set([campaign.owner, ...teamsBehind.map(team => team.ownerRef)]),
    ],
    payload: {
      title: `Campaign “${campaign.title}” is due ${due} and behind`,
      description: [
        describeShare(campaign, progress),
        `The plan was ${percent(planned)} by today; ${
          progress.projectedCompletion
            ? `at the current pace it is done on ${progress.projectedCompletion}`
            : 'it is not progressing'
        }, due ${campaign.dueDate}.`,
        teamsBehind.length > 0
          ? `Teams behind: ${teamsBehind
              .map(
                team =>
                  `${team.ownerRef} (${team.atTarget} of ${
                    team.entities
                  }, ${percent(team.share)})`,
              )
              .join(', ')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      link: campaignLink(campaign.id),
      severity: 'high',
      topic: NOTIFICATION_TOPICS['campaign-behind'],
      scope: notificationScope('campaign-behind', campaign.id),
    },
  };
}

/**
 * The share the campaign planned for a day: the straight line from 0 on its
 * start through each milestone to 1 on its due date.
 *
 * @internal
 */
export function plannedShare(campaign: Campaign, day: string): number {
  const points = [
    { date: campaign.startDate, share: 0 },
    ...[...campaign.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    { date: campaign.dueDate, share: 1 },
  ];
  if (day <= points[0].date) {
    return 0;
  }
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (day <= b.date) {
      const span = daysBetween(a.date, b.date);
      return span === 0
        ? b.share
        : a.share + ((b.share - a.share) * daysBetween(a.date, day)) / span;
    }
  }
  return 1;
}

function describeShare(campaign: Campaign, progress: CampaignProgress) {
  const target =
    'stage' in campaign.target
      ? `stage ${campaign.target.stage} or higher`
      : `passing ${plural(
          campaign.target.checks.length,
          'check',
        )} (${campaign.target.checks.join(', ')})`;
  return `${progress.atTarget} of ${plural(
    progress.entities,
    'entity',
    'entities',
  )} (${percent(progress.share)}) ${
    progress.atTarget === 1 ? 'is' : 'are'
  } at ${target}.`;
}

function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
