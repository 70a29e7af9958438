import type {
  AuthService,
  DatabaseService,
  LifecycleService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import type { ScaffolderService } from '@backstage/plugin-scaffolder-node';
import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import { retryOnRace } from '../database/retryOnRace';
import type { AdoptionStore } from './AdoptionStore';
import { coalesceRuns } from './coalesceRuns';
import { templateLinks } from './computeAdoption';
import { DatabaseAdoptionStore } from './DatabaseAdoptionStore';
import type { AdoptionConfig } from './readAdoptionConfig';
import { TemplateRunEvents } from './TemplateRunEvents';
import { ADOPTION_TASK_ID, TemplateRunReader } from './TemplateRunReader';

/**
 * What the adoption routes need.
 *
 * @internal
 */
export interface Adoption {
  store: AdoptionStore;
  fixWindowDays: number;
  /** Runs are read and kept for as many days as the history. */
  keepDays: number;
}

/**
 * Creates the adoption store and, unless adoption is turned off, schedules
 * the global task that reads the scaffolder's template runs, and reads them
 * again on each of the scaffolder's `scaffolder.task` events that may
 * concern one. Both go through one coalesced read, so this replica never
 * reads twice at once.
 */
export async function setupAdoption(options: {
  settings: AdoptionConfig;
  historyDays: number;
  scaffolder: ScaffolderService;
  auth: AuthService;
  database: DatabaseService;
  scheduler: SchedulerService;
  events: EventsService;
  lifecycle: LifecycleService;
  logger: LoggerService;
  model: CompiledModel;
}): Promise<Adoption> {
  const { settings, historyDays, scheduler, logger } = options;
  const store = await DatabaseAdoptionStore.create(options);
  if (settings.enabled) {
    const links = templateLinks(options.model);
    const reader = new TemplateRunReader({
      scaffolder: options.scaffolder,
      auth: options.auth,
      store,
      links,
      logger,
      keepDays: historyDays,
    });
    let warned = false;
    const read = coalesceRuns(async () => {
      try {
        await reader.run();
        warned = false;
      } catch (error) {
        // Without the scaffolder (or while it starts) there is nothing to
        // read: said once, not on every run.
        if (!warned) {
          logger.warn(
            `FlexInfra could not read the scaffolder's template runs: ${error}`,
          );
          warned = true;
        }
      }
    });
    await retryOnRace(
      'Scheduling the FlexInfra adoption read',
      () =>
        scheduler.scheduleTask({
          id: ADOPTION_TASK_ID,
          ...settings.schedule,
          fn: read,
        }),
      logger,
    );
    await new TemplateRunEvents({
      events: options.events,
      links,
      read,
      logger,
    }).start(options.lifecycle);
  }
  return {
    store,
    fixWindowDays: settings.fixWindowDays,
    keepDays: historyDays,
  };
}
