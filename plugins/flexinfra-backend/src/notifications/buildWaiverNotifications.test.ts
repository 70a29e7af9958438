import type { StoredWaiver } from '../database/waiverQueries';
import { buildWaiverNotifications } from './buildWaiverNotifications';

function waiver(overrides: Partial<StoredWaiver>): StoredWaiver {
  return {
    entityRef: 'component:default/checkout-api',
    title: 'Checkout API',
    ownerRef: 'group:default/team-a',
    checkId: 'runbook',
    checkTitle: 'Runbook',
    reason: 'written this quarter',
    expires: '2027-03-20',
    ...overrides,
  };
}

const build = (waivers: StoredWaiver[], withinDays = 14) =>
  buildWaiverNotifications({ waivers, today: '2027-03-10', withinDays });

describe('buildWaiverNotifications', () => {
  it('tells the owner of a waiver expiring within the days, keyed by check and expiry', () => {
    expect(build([waiver({})])).toEqual([
      {
        cause: 'waiver-expiring',
        subject: 'component:default/checkout-api',
        keys: ['runbook@2027-03-20'],
        recipients: ['group:default/team-a'],
        payload: {
          title:
            'The waiver of “Runbook” on Checkout API expires on 2027-03-20, in 10 days',
          description:
            'Runbook (runbook) expires on 2027-03-20, in 10 days; waived because: written this quarter. ' +
            'Then the check counts as failing again.',
          link: '/catalog/default/component/checkout-api/flexibility',
          severity: 'normal',
          topic: 'flexinfra.waiver-expiring',
          scope: 'flexinfra:waiver-expiring:component:default/checkout-api',
        },
      },
    ]);
  });

  it('makes one notification per entity, listing its waivers soonest first', () => {
    const notifications = build([
      waiver({ checkId: 'runbook', expires: '2027-03-20' }),
      waiver({
        checkId: 'backups',
        checkTitle: 'Backups',
        expires: '2027-03-10',
      }),
      waiver({ entityRef: 'resource:default/db', title: null, ownerRef: null }),
    ]);
    expect(notifications.map(n => [n.subject, n.keys, n.recipients])).toEqual([
      [
        'component:default/checkout-api',
        ['backups@2027-03-10', 'runbook@2027-03-20'],
        ['group:default/team-a'],
      ],
      ['resource:default/db', ['runbook@2027-03-20'], ['resource:default/db']],
    ]);
    expect(notifications[0].payload.title).toBe(
      '2 waivers on Checkout API expire within 14 days',
    );
    expect(notifications[0].payload.description).toMatch(
      /^Backups \(backups\) expires today \(2027-03-10\)/,
    );
    expect(notifications[1].payload.title).toContain('on db expires');
  });

  it('leaves out waivers expiring later (and any already expired)', () => {
    expect(
      build([
        waiver({ expires: '2027-03-25' }),
        waiver({ expires: '2027-03-09' }),
      ]),
    ).toEqual([]);
    expect(build([waiver({ expires: '2027-03-25' })], 15)).toHaveLength(1);
  });
});
