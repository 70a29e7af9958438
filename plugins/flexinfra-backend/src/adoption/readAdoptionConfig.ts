import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { ConfigReader, type Config } from '@backstage/config';
import {
  readBoolean,
  readInteger,
  readSchedule,
} from '../config/configReaders';

/** The settings under `flexinfra.adoption`, with defaults. */
export interface AdoptionConfig {
  /** false reads no template runs and schedules no job. */
  enabled: boolean;
  /** How many days after a run a fix is credited to it. */
  fixWindowDays: number;
  /** When the scaffolder's task runs are read. */
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export const DEFAULT_ADOPTION_SCHEDULE = {
  frequency: { minutes: 10 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 30 },
};

export function readAdoptionConfig(root: Config): AdoptionConfig {
  const section =
    root.getOptionalConfig('flexinfra') ?? new ConfigReader({}, 'flexinfra');
  let schedule: SchedulerServiceTaskScheduleDefinition;
  try {
    schedule = readSchedule(
      section.getOptionalConfig('adoption.schedule'),
      DEFAULT_ADOPTION_SCHEDULE,
    );
  } catch (error) {
    throw new Error(
      `Invalid config at flexinfra.adoption.schedule: ${
        (error as Error).message
      }`,
    );
  }
  return {
    enabled: readBoolean(section, 'adoption.enabled', true),
    fixWindowDays: readInteger(section, 'adoption.fixWindowDays', 30, {
      min: 1,
      max: 365,
    }),
    schedule,
  };
}
