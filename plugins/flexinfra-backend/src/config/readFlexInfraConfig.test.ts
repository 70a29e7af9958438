import { ConfigReader } from '@backstage/config';
import { DEFAULT_KINDS, readFlexInfraConfig } from './readFlexInfraConfig';

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
      refresh: { kinds: DEFAULT_KINDS, pageSize: 500 },
      retention: { historyDays: 365, snapshotDays: 730, runs: 200 },
      trendDays: 30,
    });
  });

  it('reads every setting', () => {
    expect(
      read({
        schedule: {
          frequency: { cron: '*/5 * * * *' },
          timeout: 'PT5M',
          initialDelay: { seconds: 1 },
        },
        refresh: { kinds: ['Component'], pageSize: 100 },
        retention: { historyDays: 30, snapshotDays: 60, runs: 10 },
        trendDays: 7,
      }),
    ).toEqual({
      schedule: {
        frequency: { cron: '*/5 * * * *' },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 1 },
        scope: 'global',
      },
      refresh: { kinds: ['Component'], pageSize: 100 },
      retention: { historyDays: 30, snapshotDays: 60, runs: 10 },
      trendDays: 7,
    });
  });

  it.each([
    [{ refresh: { pageSize: 0 } }, 'flexinfra.refresh.pageSize'],
    [{ refresh: { pageSize: 1.5 } }, 'flexinfra.refresh.pageSize'],
    [{ refresh: { kinds: ['Component', ' '] } }, 'flexinfra.refresh.kinds'],
    [{ retention: { snapshotDays: -1 } }, 'flexinfra.retention.snapshotDays'],
    [{ retention: { runs: 'many' } }, 'flexinfra.retention.runs'],
    [{ trendDays: 0 }, 'flexinfra.trendDays'],
    [{ schedule: { timeout: 'soon' } }, 'flexinfra.schedule'],
    [{ schedule: { frequency: { weeks: 'two' } } }, 'flexinfra.schedule'],
  ])('rejects %p, naming %s', (flexinfra, key) => {
    expect(() => read(flexinfra)).toThrow(key);
  });
});
