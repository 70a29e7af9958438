import type { ResultStore } from '../database/ResultStore';
import { buildWaiverNotifications } from './buildWaiverNotifications';
import type { NotificationSender } from './NotificationSender';

/**
 * The daily job that tells entities' owners about their waivers expiring
 * soon.
 *
 * @internal
 */
export class WaiverNotifier {
  constructor(
    private readonly options: {
      resultStore: ResultStore;
      sender: NotificationSender;
      expiringWithinDays: number;
    },
  ) {}

  async run(now: Date): Promise<void> {
    const { resultStore, sender, expiringWithinDays } = this.options;
    const waivers = await resultStore.getWaivers({ filters: {} });
    await sender.send(
      buildWaiverNotifications({
        waivers,
        today: now.toISOString().slice(0, 10),
        withinDays: expiringWithinDays,
      }),
    );
  }
}
