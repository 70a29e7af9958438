import type {
  WaiverCounts,
  WaiverItem,
  WaiversOverview,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import { daysBetween } from '../database/summaryQueries';
import type { StoredWaiver } from '../database/waiverQueries';

/**
 * Counts active waivers per check and per owner, each group counting its
 * sub-groups' too (walking up the parent map; a cycle stops the walk), and
 * how many expire within `soonDays` of `today`. The items are every
 * waiver, soonest to expire first: the caller keeps the readable ones.
 *
 * @internal
 */
export function summariseWaivers(options: {
  waivers: StoredWaiver[];
  parents: ReadonlyMap<string, string>;
  today: string;
  soonDays: number;
}): WaiversOverview {
  const { waivers, parents, today, soonDays } = options;
  const items: WaiverItem[] = waivers
    .map(waiver => ({
      ...waiver,
      expiresInDays: daysBetween(today, waiver.expires),
    }))
    .sort(
      (a, b) =>
        a.expires.localeCompare(b.expires) ||
        a.entityRef.localeCompare(b.entityRef) ||
        a.checkId.localeCompare(b.checkId),
    );

  const byCheck = new Map<string, WaiverCounts & { title: string }>();
  const byOwner = new Map<string, WaiverCounts>();
  const count = (counts: WaiverCounts, soon: boolean) => {
    counts.active++;
    counts.expiringSoon += soon ? 1 : 0;
  };
  let expiringSoon = 0;
  for (const item of items) {
    const soon = item.expiresInDays <= soonDays;
    expiringSoon += soon ? 1 : 0;
    const check = byCheck.get(item.checkId) ?? {
      title: item.checkTitle,
      active: 0,
      expiringSoon: 0,
    };
    count(check, soon);
    byCheck.set(item.checkId, check);

    const seen = new Set<string>();
    for (
      let owner: string | undefined = item.ownerRef ?? undefined;
      owner !== undefined && !seen.has(owner);
      owner = parents.get(owner)
    ) {
      seen.add(owner);
      const counts = byOwner.get(owner) ?? { active: 0, expiringSoon: 0 };
      count(counts, soon);
      byOwner.set(owner, counts);
    }
  }

  const mostWaived = (a: [string, WaiverCounts], b: [string, WaiverCounts]) =>
    b[1].active - a[1].active || a[0].localeCompare(b[0]);
  return {
    asOf: today,
    soonDays,
    active: items.length,
    expiringSoon,
    byCheck: [...byCheck]
      .sort(mostWaived)
      .map(([checkId, counts]) => ({ checkId, ...counts })),
    byOwner: [...byOwner]
      .sort(mostWaived)
      .map(([ownerRef, counts]) => ({ ownerRef, ...counts })),
    items,
  };
}
