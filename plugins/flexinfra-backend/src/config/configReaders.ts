import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { readDurationFromConfig, type Config } from '@backstage/config';
import type { HumanDuration } from '@backstage/types';

/** A duration at `key`, or the fallback when it is not set. */
export function readDuration(
  config: Config | undefined,
  key: string,
  fallback: HumanDuration,
): HumanDuration {
  if (!config?.has(key)) {
    return fallback;
  }
  return readDurationFromConfig(config, { key });
}

/**
 * A task schedule (frequency, timeout, initialDelay; the frequency may be
 * `{ cron }`), global: one replica runs it at a time.
 */
export function readSchedule(
  config: Config | undefined,
  defaults: {
    frequency: HumanDuration;
    timeout: HumanDuration;
    initialDelay: HumanDuration;
  },
): SchedulerServiceTaskScheduleDefinition {
  const cron = config?.getOptionalString('frequency.cron');
  return {
    frequency: cron
      ? { cron }
      : readDuration(config, 'frequency', defaults.frequency),
    timeout: readDuration(config, 'timeout', defaults.timeout),
    initialDelay: readDuration(config, 'initialDelay', defaults.initialDelay),
    scope: 'global',
  };
}

/** A whole number in a range at `flexinfra.<key>`, or the fallback. */
export function readInteger(
  config: Config,
  key: string,
  fallback: number,
  { min, max }: { min: number; max: number },
): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `Invalid config at flexinfra.${key}: must be a whole number from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

/** true or false at `flexinfra.<key>`, or the fallback. */
export function readBoolean(
  config: Config,
  key: string,
  fallback: boolean,
): boolean {
  try {
    return config.getOptionalBoolean(key) ?? fallback;
  } catch {
    throw new Error(
      `Invalid config at flexinfra.${key}: must be true or false`,
    );
  }
}
