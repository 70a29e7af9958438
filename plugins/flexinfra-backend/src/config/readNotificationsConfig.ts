import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { readBoolean, readInteger, readSchedule } from './configReaders';

/** What FlexInfra notifies, and when (`flexinfra.notifications`). */
export interface NotificationsConfig {
  /** Off: nothing is sent, and the daily job is not scheduled. */
  enabled: boolean;
  /**
   * Above this many stage drops and check regressions in one refresh, none
   * is sent (a broken integration, not a team's regression) and a warning
   * is logged instead.
   */
  maxPerRefresh: number;
  stageDrop: { enabled: boolean };
  checkRegression: { enabled: boolean };
  campaigns: {
    enabled: boolean;
    /** "Due soon and behind" from this many days before the due date. */
    dueWithinDays: number;
    /** "Due soon and behind" again at most every this many days. */
    remindEveryDays: number;
  };
  waivers: {
    enabled: boolean;
    /** A waiver expiring within this many days is announced, once. */
    expiringWithinDays: number;
  };
  /** When the campaign and waiver job runs (global: one replica). */
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export const DEFAULT_NOTIFICATIONS_SCHEDULE = {
  frequency: { hours: 24 },
  timeout: { minutes: 15 },
  initialDelay: { minutes: 1 },
};

/**
 * Reads `flexinfra.notifications` (see config.d.ts); a bad value throws an
 * error naming its key.
 */
export function readNotificationsConfig(
  flexinfra: Config,
): NotificationsConfig {
  const flag = (key: string) =>
    readBoolean(flexinfra, `notifications.${key}`, true);
  const days = (key: string, fallback: number, min: number, max: number) =>
    readInteger(flexinfra, `notifications.${key}`, fallback, { min, max });
  let schedule: SchedulerServiceTaskScheduleDefinition;
  try {
    schedule = readSchedule(
      flexinfra.getOptionalConfig('notifications.schedule'),
      DEFAULT_NOTIFICATIONS_SCHEDULE,
    );
  } catch (error) {
    throw new Error(
      `Invalid config at flexinfra.notifications.schedule: ${
        (error as Error).message
      }`,
    );
  }
  return {
    enabled: flag('enabled'),
    maxPerRefresh: days('maxPerRefresh', 100, 1, 100_000),
    stageDrop: { enabled: flag('stageDrop.enabled') },
    checkRegression: { enabled: flag('checkRegression.enabled') },
    campaigns: {
      enabled: flag('campaigns.enabled'),
      dueWithinDays: days('campaigns.dueWithinDays', 14, 0, 365),
      remindEveryDays: days('campaigns.remindEveryDays', 7, 1, 365),
    },
    waivers: {
      enabled: flag('waivers.enabled'),
      expiringWithinDays: days('waivers.expiringWithinDays', 14, 0, 365),
    },
    schedule,
  };
}
