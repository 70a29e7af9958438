import { ConfigReader } from '@backstage/config';
import { DEFAULT_ANALYZER_LIMITS } from '@flexinfra/backstage-plugin-flexinfra-common/repository';
import {
  DEFAULT_KINDS,
  DEFAULT_REPOSITORY_KINDS,
  readFlexInfraConfig,
} from './readFlexInfraConfig';

const read = (flexinfra?: object) =>
  readFlexInfraConfig(new ConfigReader(flexinfra ? { flexinfra } : {}));

describe('readFlexInfraConfig', () => {
  it('has defaults that keep the refresh global and storage bounded', () => {
    expect(read()).toEqual({
      schedule: {
        frequency: { minutes: 10 },
        timeout: { minutes: 30 },
        initialDelay: { seconds: 15 },
        scope: 'global',
      },
      refresh: {
        kinds: DEFAULT_KINDS,
        pageSize: 500,
        fullReadEvery: { hours: 24 },
      },
      retention: { historyDays: 365, snapshotDays: 730, runs: 200 },
      trendDays: 30,
      repository: {
        enabled: true,
        kinds: DEFAULT_REPOSITORY_KINDS,
        concurrency: 4,
        timeBudget: { minutes: 5 },
        limits: {
          maxFiles: DEFAULT_ANALYZER_LIMITS.maxFiles,
          maxFileBytes: DEFAULT_ANALYZER_LIMITS.maxFileBytes,
          maxTotalBytes: DEFAULT_ANALYZER_LIMITS.maxTotalBytes,
        },
      },
      // Its defaults: readNotificationsConfig.test.ts.
      notifications: expect.objectContaining({ enabled: true }),
    });
    expect(DEFAULT_REPOSITORY_KINDS).toEqual(['Component']);
  });

  it('reads every setting', () => {
    expect(
      read({
        schedule: {
          frequency: { cron: '*/5 * * * *' },
          timeout: 'PT5M',
          initialDelay: { seconds: 1 },
        },
        refresh: { kinds: ['Component'], pageSize: 100, fullReadEvery: 'PT6H' },
        retention: { historyDays: 30, snapshotDays: 60, runs: 10 },
        trendDays: 7,
        repository: {
          enabled: false,
          kinds: ['Component'],
          concurrency: 2,
          timeBudget: 'PT90S',
          limits: {
            maxFiles: 1000,
            maxFileBytes: 65536,
            maxTotalBytes: 1048576,
          },
        },
      }),
    ).toEqual({
      schedule: {
        frequency: { cron: '*/5 * * * *' },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 1 },
        scope: 'global',
      },
      refresh: {
        kinds: ['Component'],
        pageSize: 100,
        fullReadEvery: { hours: 6 },
      },
      retention: { historyDays: 30, snapshotDays: 60, runs: 10 },
      trendDays: 7,
      repository: {
        enabled: false,
        kinds: ['Component'],
        concurrency: 2,
        timeBudget: { seconds: 90 },
        limits: { maxFiles: 1000, maxFileBytes: 65536, maxTotalBytes: 1048576 },
      },
      notifications: expect.objectContaining({ enabled: true }),
    });
  });

  it.each([
    [{ refresh: { pageSize: 0 } }, 'flexinfra.refresh.pageSize'],
    [{ refresh: { pageSize: 1.5 } }, 'flexinfra.refresh.pageSize'],
    [{ refresh: { kinds: ['Component', ' '] } }, 'flexinfra.refresh.kinds'],
    [
      { refresh: { fullReadEvery: 'daily' } },
      'flexinfra.refresh.fullReadEvery',
    ],
    [{ retention: { snapshotDays: -1 } }, 'flexinfra.retention.snapshotDays'],
    [{ retention: { runs: 'many' } }, 'flexinfra.retention.runs'],
    [{ trendDays: 0 }, 'flexinfra.trendDays'],
    [{ schedule: { timeout: 'soon' } }, 'flexinfra.schedule'],
    [{ schedule: { frequency: { weeks: 'two' } } }, 'flexinfra.schedule'],
    [{ repository: { enabled: 'sometimes' } }, 'flexinfra.repository.enabled'],
    [{ repository: { kinds: [] } }, 'flexinfra.repository.kinds'],
    [{ repository: { kinds: 'Component' } }, 'flexinfra.repository.kinds'],
    [{ repository: { concurrency: 0 } }, 'flexinfra.repository.concurrency'],
    [{ repository: { timeBudget: 'soon' } }, 'flexinfra.repository.timeBudget'],
    [
      { repository: { limits: { maxFiles: -5 } } },
      'flexinfra.repository.limits.maxFiles',
    ],
    [
      { repository: { limits: { maxFileBytes: 1.5 } } },
      'flexinfra.repository.limits.maxFileBytes',
    ],
    [
      { repository: { limits: { maxTotalBytes: 0 } } },
      'flexinfra.repository.limits.maxTotalBytes',
    ],
  ])('rejects %p, naming %s', (flexinfra, key) => {
    expect(() => read(flexinfra)).toThrow(key);
  });
});
