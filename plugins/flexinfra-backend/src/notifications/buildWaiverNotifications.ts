import { daysBetween } from '../database/summaryQueries';
import type { StoredWaiver } from '../database/waiverQueries';
import {
  flexibilityTabLink,
  notificationScope,
  NOTIFICATION_TOPICS,
  type PendingNotification,
} from './types';

/**
 * The waivers expiring within `withinDays` of `today` (today included), one
 * notification per entity to its owner, listing them. Each waiver's key is
 * its check and expiry day: a waiver is told once per expiry day (renewing
 * it to a later day makes it new). Pure.
 *
 * @internal
 */
export function buildWaiverNotifications(options: {
  waivers: StoredWaiver[];
  /** YYYY-MM-DD. */
  today: string;
  withinDays: number;
}): PendingNotification[] {
  const { today, withinDays } = options;
  const byEntity = new Map<string, StoredWaiver[]>();
  for (const waiver of options.waivers) {
    const days = daysBetween(today, waiver.expires);
    if (days < 0 || days > withinDays) {
      continue;
    }
    byEntity.set(waiver.entityRef, [
      ...(byEntity.get(waiver.entityRef) ?? []),
      waiver,
    ]);
  }
  return [...byEntity]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entityRef, waivers]) => {
      waivers.sort(
        (a, b) =>
          a.expires.localeCompare(b.expires) ||
          a.checkId.localeCompare(b.checkId),
      );
      const first = waivers[0];
      const name = first.title ?? entityRef.slice(entityRef.indexOf('/') + 1);
      const when = (expires: string) => {
        const days = daysBetween(today, expires);
        if (days === 0) {
          return `expires today (${expires})`;
        }
        return `expires on ${expires}, in ${days} day${days === 1 ? '' : 's'}`;
      };
      return {
        cause: 'waiver-expiring' as const,
        subject: entityRef,
        keys: waivers.map(waiver => `${waiver.checkId}@${waiver.expires}`),
        recipients: [first.ownerRef ?? entityRef],
        payload: {
          title:
            waivers.length === 1
              ? `The waiver of “${first.checkTitle}” on ${name} ${when(
                  first.expires,
                )}`
              : `${waivers.length} waivers on ${name} expire within ${withinDays} days`,
          description: `${waivers
            .map(
              waiver =>
                `${waiver.checkTitle} (${waiver.checkId}) ${when(
                  waiver.expires,
                )}; waived because: ${waiver.reason}`,
            )
            .join('. ')}. Then the check counts as failing again.`,
          link: flexibilityTabLink(entityRef),
          severity: 'normal' as const,
          topic: NOTIFICATION_TOPICS['waiver-expiring'],
          scope: notificationScope('waiver-expiring', entityRef),
        },
      };
    });
}
