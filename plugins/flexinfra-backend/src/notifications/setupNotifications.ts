import type {
  DatabaseService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { CampaignStore } from '../campaigns/CampaignStore';
import type { NotificationsConfig } from '../config/readNotificationsConfig';
import type { ResultStore } from '../database/ResultStore';
import type { RefreshListener } from '../refresh/RefreshListener';
import { CampaignNotifier } from './CampaignNotifier';
import { DatabaseNotificationStore } from './DatabaseNotificationStore';
import { NotificationSender } from './NotificationSender';
import { RegressionNotifier } from './RegressionNotifier';
import {
  scheduleNotifications,
  type DailyNotificationJob,
} from './scheduleNotifications';
import { WaiverNotifier } from './WaiverNotifier';

/**
 * Wires FlexInfra's notifications as configured: the refresh listener that
 * tells owners of stage drops and check regressions, and the daily job for
 * campaigns and waivers (each when it is on). Returns the
 * refresh listeners to give the refresh.
 *
 * @internal
 */
export async function setupNotifications(options: {
  settings: NotificationsConfig;
  /** Sent stage drops and regressions are forgotten after this many days. */
  historyDays: number;
  notificationService: NotificationService;
  database: DatabaseService;
  scheduler: SchedulerService;
  logger: LoggerService;
  resultStore: ResultStore;
  campaignStore: CampaignStore;
  model: CompiledModel;
}): Promise<RefreshListener[]> {
  const { settings, logger } = options;
  if (!settings.enabled) {
    logger.info(
      'FlexInfra notifications are off (flexinfra.notifications.enabled)',
    );
    return [];
  }
  const store = await DatabaseNotificationStore.create({
    database: options.database,
    logger,
  });
  const sender = new NotificationSender({
    notificationService: options.notificationService,
    store,
    logger,
  });

  const jobs: DailyNotificationJob[] = [];
  if (settings.campaigns.enabled) {
    const campaigns = new CampaignNotifier({
      campaignStore: options.campaignStore,
      resultStore: options.resultStore,
      model: options.model,
      sender,
      dueWithinDays: settings.campaigns.dueWithinDays,
      remindEveryDays: settings.campaigns.remindEveryDays,
      logger,
    });
    jobs.push({ name: 'campaigns', run: now => campaigns.run(now) });
  }
  if (settings.waivers.enabled) {
    const waivers = new WaiverNotifier({
      resultStore: options.resultStore,
      model: options.model,
      sender,
      expiringWithinDays: settings.waivers.expiringWithinDays,
    });
    jobs.push({ name: 'waivers', run: now => waivers.run(now) });
  }
  // What stage drops and regressions were sent is never asked about again
  // once their run is over; the rows are kept as long as the history.
  jobs.push({
    name: 'prune',
    run: async now => {
      await store.prune({
        causes: ['stage-drop', 'check-regression'],
        before: new Date(now.getTime() - options.historyDays * 86_400_000),
      });
    },
  });
  await scheduleNotifications({
    scheduler: options.scheduler,
    logger,
    schedule: settings.schedule,
    jobs,
  });

  if (!settings.stageDrop.enabled && !settings.checkRegression.enabled) {
    return [];
  }
  return [
    new RegressionNotifier({
      store,
      sender,
      model: options.model,
      stageDrop: settings.stageDrop.enabled,
      checkRegression: settings.checkRegression.enabled,
      maxPerRun: settings.maxPerRefresh,
      logger,
    }),
  ];
}
