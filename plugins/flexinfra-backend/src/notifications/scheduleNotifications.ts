import type {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { retryOnRace } from '../database/retryOnRace';

/** The scheduler task id of the daily notifications job. */
export const NOTIFICATIONS_TASK_ID = 'flexinfra-notifications';

/** One of the daily job's parts; one that fails does not stop the others. */
export interface DailyNotificationJob {
  name: string;
  run(now: Date): Promise<void>;
}

/**
 * Schedules the daily notifications job as a global task (one replica at a
 * time): each job in turn.
 */
export async function scheduleNotifications(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  jobs: DailyNotificationJob[];
  now?: () => Date;
}): Promise<void> {
  const { scheduler, logger, schedule, jobs } = options;
  await retryOnRace(
    'Scheduling the FlexInfra notifications',
    () =>
      scheduler.scheduleTask({
        id: NOTIFICATIONS_TASK_ID,
        ...schedule,
        fn: async () => {
          const now = options.now?.() ?? new Date();
          for (const job of jobs) {
            try {
              await job.run(now);
            } catch (error) {
              logger.error(
                `FlexInfra notifications job '${job.name}' failed: ${error}`,
              );
            }
          }
        },
      }),
    logger,
  );
}
