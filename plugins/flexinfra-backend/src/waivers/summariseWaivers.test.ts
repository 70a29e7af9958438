import type { StoredWaiver } from '../database/waiverQueries';
import { summariseWaivers } from './summariseWaivers';

function waiver(
  entityRef: string,
  checkId: string,
  expires: string,
  ownerRef: string | null,
): StoredWaiver {
  return {
    entityRef,
    title: null,
    ownerRef,
    checkId,
    checkTitle: `Title of ${checkId}`,
    reason: 'Migrating',
    expires,
  };
}

const ORG = 'group:default/org';
const DEPT = 'group:default/dept';
const TEAM = 'group:default/team';
const JANE = 'user:default/jane';

describe('summariseWaivers', () => {
  const parents = new Map([
    [TEAM, DEPT],
    [DEPT, ORG],
  ]);
  const overview = summariseWaivers({
    waivers: [
      waiver('component:default/a', 'on-call', '2027-01-20', TEAM),
      waiver('component:default/a', 'runbook', '2027-06-01', TEAM),
      waiver('component:default/b', 'on-call', '2027-01-11', DEPT),
      waiver('component:default/c', 'on-call', '2027-03-01', JANE),
      waiver('component:default/d', 'backups', '2027-01-10', null),
    ],
    parents,
    today: '2027-01-10',
    soonDays: 10,
  });

  it('counts waivers, and those expiring within soonDays', () => {
    expect(overview).toMatchObject({
      asOf: '2027-01-10',
      soonDays: 10,
      active: 5,
      // 2027-01-10 (today), -11 and -20 are within 10 days.
      expiringSoon: 3,
    });
    expect(overview.byCheck).toEqual([
      {
        checkId: 'on-call',
        title: 'Title of on-call',
        active: 3,
        expiringSoon: 2,
      },
      {
        checkId: 'backups',
        title: 'Title of backups',
        active: 1,
        expiringSoon: 1,
      },
      {
        checkId: 'runbook',
        title: 'Title of runbook',
        active: 1,
        expiringSoon: 0,
      },
    ]);
  });

  it('rolls owners up through nested groups', () => {
    expect(overview.byOwner).toEqual([
      { ownerRef: DEPT, active: 3, expiringSoon: 2 },
      { ownerRef: ORG, active: 3, expiringSoon: 2 },
      { ownerRef: TEAM, active: 2, expiringSoon: 1 },
      { ownerRef: JANE, active: 1, expiringSoon: 0 },
    ]);
  });

  it('lists the waivers soonest to expire first, with the days left', () => {
    expect(
      overview.items.map(item => [
        item.entityRef,
        item.checkId,
        item.expiresInDays,
      ]),
    ).toEqual([
      ['component:default/d', 'backups', 0],
      ['component:default/b', 'on-call', 1],
      ['component:default/a', 'on-call', 10],
      ['component:default/c', 'on-call', 50],
      ['component:default/a', 'runbook', 142],
    ]);
  });

  it('stops at a cycle in the group tree', () => {
    const cyclic = summariseWaivers({
      waivers: [waiver('component:default/a', 'on-call', '2027-02-01', TEAM)],
      parents: new Map([
        [TEAM, DEPT],
        [DEPT, TEAM],
      ]),
      today: '2027-01-10',
      soonDays: 30,
    });
    expect(cyclic.byOwner).toEqual([
      { ownerRef: DEPT, active: 1, expiringSoon: 1 },
      { ownerRef: TEAM, active: 1, expiringSoon: 1 },
    ]);
  });
});
