import { ConfigReader } from '@backstage/config';
import { readFlexInfraConfig } from './readFlexInfraConfig';

const read = (notifications?: object) =>
  readFlexInfraConfig(
    new ConfigReader(notifications ? { flexinfra: { notifications } } : {}),
  ).notifications;

describe('readNotificationsConfig', () => {
  it('has defaults: everything on, 14 days ahead, a daily job', () => {
    expect(read()).toEqual({
      enabled: true,
      maxPerRefresh: 100,
      stageDrop: { enabled: true },
      checkRegression: { enabled: true },
      campaigns: { enabled: true, dueWithinDays: 14, remindEveryDays: 7 },
      waivers: { enabled: true, expiringWithinDays: 14 },
      schedule: {
        frequency: { hours: 24 },
        timeout: { minutes: 15 },
        initialDelay: { minutes: 1 },
        scope: 'global',
      },
    });
  });

  it('reads every setting', () => {
    expect(
      read({
        enabled: false,
        maxPerRefresh: 5,
        stageDrop: { enabled: false },
        checkRegression: { enabled: false },
        campaigns: { enabled: false, dueWithinDays: 30, remindEveryDays: 3 },
        waivers: { enabled: false, expiringWithinDays: 7 },
        schedule: {
          frequency: { cron: '0 8 * * *' },
          timeout: 'PT5M',
          initialDelay: { seconds: 30 },
        },
      }),
    ).toEqual({
      enabled: false,
      maxPerRefresh: 5,
      stageDrop: { enabled: false },
      checkRegression: { enabled: false },
      campaigns: { enabled: false, dueWithinDays: 30, remindEveryDays: 3 },
      waivers: { enabled: false, expiringWithinDays: 7 },
      schedule: {
        frequency: { cron: '0 8 * * *' },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 30 },
        scope: 'global',
      },
    });
  });

  it.each([
    [{ enabled: 'sometimes' }, 'flexinfra.notifications.enabled'],
    [{ maxPerRefresh: 0 }, 'flexinfra.notifications.maxPerRefresh'],
    [
      { stageDrop: { enabled: 2 } },
      'flexinfra.notifications.stageDrop.enabled',
    ],
    [
      { checkRegression: { enabled: 'maybe' } },
      'flexinfra.notifications.checkRegression.enabled',
    ],
    [
      { campaigns: { enabled: { yes: true } } },
      'flexinfra.notifications.campaigns.enabled',
    ],
    [
      { campaigns: { dueWithinDays: -1 } },
      'flexinfra.notifications.campaigns.dueWithinDays',
    ],
    [
      { campaigns: { remindEveryDays: 0.5 } },
      'flexinfra.notifications.campaigns.remindEveryDays',
    ],
    [{ waivers: { enabled: [] } }, 'flexinfra.notifications.waivers.enabled'],
    [
      { waivers: { expiringWithinDays: 400 } },
      'flexinfra.notifications.waivers.expiringWithinDays',
    ],
    [{ schedule: { timeout: 'soon' } }, 'flexinfra.notifications.schedule'],
  ])('rejects %p, naming %s', (notifications, key) => {
    expect(() => read(notifications)).toThrow(key);
  });
});
