import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { ConfigReader, type Config } from '@backstage/config';
import type { HumanDuration } from '@backstage/types';
import { DEFAULT_ANALYZER_LIMITS } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import {
  readBoolean,
  readDuration,
  readInteger,
  readSchedule,
} from './configReaders';
import {
  readNotificationsConfig,
  type NotificationsConfig,
} from './readNotificationsConfig';

/** How long stored history, snapshots and run records are kept. */
export interface RetentionConfig {
  historyDays: number;
  snapshotDays: number;
  runs: number;
}

/** How entities' repositories are read (`flexinfra.repository`). */
export interface RepositoryConfig {
  /** Whether repositories are read at all. */
  enabled: boolean;
  /** Entity kinds whose repositories are read. */
  kinds: string[];
  /** Repositories read at the same time at most. */
  concurrency: number;
  /** How long one refresh spends reading repositories at most. */
  timeBudget: HumanDuration;
  /** Bounds on what is read from one repository. */
  limits: { maxFiles: number; maxFileBytes: number; maxTotalBytes: number };
}

/** The FlexInfra backend's settings under `flexinfra`, with defaults. */
export interface FlexInfraConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  refresh: { kinds: string[]; pageSize: number; fullReadEvery: HumanDuration };
  retention: RetentionConfig;
  trendDays: number;
  repository: RepositoryConfig;
  notifications: NotificationsConfig;
}

export const DEFAULT_SCHEDULE = {
  frequency: { minutes: 10 },
  timeout: { minutes: 30 },
  initialDelay: { seconds: 15 },
} satisfies Record<string, HumanDuration>;

export const DEFAULT_KINDS = ['Component', 'Resource', 'System'];

/** How often a refresh reads every entity in full unless configured. */
export const DEFAULT_FULL_READ_EVERY: HumanDuration = { hours: 24 };

/** Kinds whose repositories are read unless configured otherwise. */
export const DEFAULT_REPOSITORY_KINDS = ['Component'];

export const DEFAULT_REPOSITORY_TIME_BUDGET: HumanDuration = { minutes: 5 };

function readKinds(
  config: Config | undefined,
  key: string,
  fallback: string[],
): string[] {
  let kinds: string[];
  try {
    kinds = config?.getOptionalStringArray(key) ?? fallback;
  } catch {
    kinds = [];
  }
  if (kinds.length === 0 || kinds.some(kind => !kind.trim())) {
    throw new Error(
      `Invalid config at flexinfra.${key}: must list at least one entity kind, with no blank entries`,
    );
  }
  return kinds;
}

function readRepository(config: Config): RepositoryConfig {
  const numbers = (key: string, fallback: number, min: number, max: number) =>
    readInteger(config, key, fallback, { min, max });
  const enabled = readBoolean(config, 'repository.enabled', true);
  let timeBudget: HumanDuration;
  try {
    timeBudget = readDuration(
      config.getOptionalConfig('repository'),
      'timeBudget',
      DEFAULT_REPOSITORY_TIME_BUDGET,
    );
  } catch (error) {
    throw new Error(
      `Invalid config at flexinfra.repository.timeBudget: ${
        (error as Error).message
      }`,
    );
  }
  return {
    enabled,
    kinds: readKinds(config, 'repository.kinds', DEFAULT_REPOSITORY_KINDS),
    concurrency: numbers('repository.concurrency', 4, 1, 64),
    timeBudget,
    limits: {
      maxFiles: numbers(
        'repository.limits.maxFiles',
        DEFAULT_ANALYZER_LIMITS.maxFiles,
        1,
        10_000_000,
      ),
      maxFileBytes: numbers(
        'repository.limits.maxFileBytes',
        DEFAULT_ANALYZER_LIMITS.maxFileBytes,
        1,
        1024 * 1024 * 1024,
      ),
      maxTotalBytes: numbers(
        'repository.limits.maxTotalBytes',
        DEFAULT_ANALYZER_LIMITS.maxTotalBytes,
        1,
        16 * 1024 * 1024 * 1024,
      ),
    },
  };
}

/**
 * Reads and checks the `flexinfra` config (see config.d.ts). A bad value
 * throws an error naming its key, which stops the backend at start-up.
 */
export function readFlexInfraConfig(root: Config): FlexInfraConfig {
  const config = root.getOptionalConfig('flexinfra');
  const section = config ?? new ConfigReader({}, 'flexinfra');
  let schedule: SchedulerServiceTaskScheduleDefinition;
  try {
    schedule = readSchedule(
      config?.getOptionalConfig('schedule'),
      DEFAULT_SCHEDULE,
    );
  } catch (error) {
    throw new Error(
      `Invalid config at flexinfra.schedule: ${(error as Error).message}`,
    );
  }
  const kinds =
    config?.getOptionalStringArray('refresh.kinds') ?? DEFAULT_KINDS;
  if (kinds.length === 0 || kinds.some(kind => !kind.trim())) {
    throw new Error(
      'Invalid config at flexinfra.refresh.kinds: must list at least one entity kind, with no blank entries',
    );
  }
  const numbers = (key: string, fallback: number, min: number, max: number) =>
    readInteger(section, key, fallback, { min, max });
  let fullReadEvery: HumanDuration;
  try {
    fullReadEvery = readDuration(
      config?.getOptionalConfig('refresh'),
      'fullReadEvery',
      DEFAULT_FULL_READ_EVERY,
    );
  } catch (error) {
    throw new Error(
      `Invalid config at flexinfra.refresh.fullReadEvery: ${
        (error as Error).message
      }`,
    );
  }
  return {
    schedule,
    refresh: {
      kinds,
      pageSize: numbers('refresh.pageSize', 500, 1, 1000),
      fullReadEvery,
    },
    retention: {
      historyDays: numbers('retention.historyDays', 365, 1, 36500),
      snapshotDays: numbers('retention.snapshotDays', 730, 1, 36500),
      runs: numbers('retention.runs', 200, 1, 100000),
    },
    trendDays: numbers('trendDays', 30, 1, 3650),
    repository: readRepository(section),
    notifications: readNotificationsConfig(section),
  };
}
