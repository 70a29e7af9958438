import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ResultStore } from '../database/ResultStore';
import { withCheckTitles } from '../waivers/withCheckTitles';
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
      model: CompiledModel;
      sender: NotificationSender;
      expiringWithinDays: number;
    },
  ) {}

  async run(now: Date): Promise<void> {
    const { resultStore, model, sender, expiringWithinDays } = this.options;
    const waivers = withCheckTitles(
      await resultStore.getWaivers({ filters: {} }),
      model,
    );
    await sender.send(
      buildWaiverNotifications({
        waivers,
        today: now.toISOString().slice(0, 10),
        withinDays: expiringWithinDays,
      }),
    );
  }
}
