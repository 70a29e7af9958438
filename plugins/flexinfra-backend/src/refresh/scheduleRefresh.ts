import type {
  LifecycleService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { retryOnRace } from '../database/retryOnRace';
import { REFRESH_TASK_ID, type RefreshTask } from './RefreshTask';

/**
 * Schedules the refresh as a global task (one replica at a time) and
 * returns how to start one now. On shutdown it aborts a run in progress
 * and waits for it to stop, so the run is recorded as failed while its
 * database is still open, rather than outliving the backend.
 */
export async function scheduleRefresh(options: {
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  logger: LoggerService;
  task: RefreshTask;
  /** When to run (the configured schedule, scope global). */
  schedule: SchedulerServiceTaskScheduleDefinition;
}): Promise<{ triggerRefresh(): Promise<void> }> {
  const { scheduler, lifecycle, logger, task, schedule } = options;
  const stopping = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  lifecycle.addShutdownHook(async () => {
    stopping.abort();
    await running;
  });

  let manualRequested = false;
  // The scheduler creates its own tables on first use; replicas starting
  // together on a fresh database race to do so.
  await retryOnRace(
    'Scheduling the FlexInfra refresh',
    () =>
      scheduler.scheduleTask({
        id: REFRESH_TASK_ID,
        ...schedule,
        fn: async signal => {
          const trigger = manualRequested ? 'manual' : 'schedule';
          manualRequested = false;
          const run = task.run(
            trigger,
            AbortSignal.any([signal, stopping.signal]),
          );
          running = run.catch(() => {});
          await run;
        },
      }),
    logger,
  );

  return {
    async triggerRefresh() {
      // A global task may run on another replica, which then records the
      // run as scheduled; on this one it is recorded as manual.
      manualRequested = true;
      try {
        await scheduler.triggerTask(REFRESH_TASK_ID);
      } catch (error) {
        manualRequested = false;
        throw error;
      }
    },
  };
}
