import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { NotificationStore } from './NotificationStore';
import type { PendingNotification } from './types';

/**
 * Sends notifications through Backstage's notification service, each only
 * when one of its keys was not sent before (claimed in the store first, so
 * that a key is sent once; released again when sending fails, so a later
 * job retries it).
 *
 * @internal
 */
export class NotificationSender {
  constructor(
    private readonly options: {
      notificationService: NotificationService;
      store: NotificationStore;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  /** Sends what is new; returns how many were sent, skipped and failed. */
  async send(
    notifications: PendingNotification[],
  ): Promise<{ sent: number; skipped: number; failed: number }> {
    const { notificationService, store, logger } = this.options;
    const counts = { sent: 0, skipped: 0, failed: 0 };
    let firstError: string | undefined;
    for (const notification of notifications) {
      const { cause, subject, recipients, payload } = notification;
      const claimed = await store.claim({
        cause,
        subject,
        keys: notification.keys,
        now: this.options.now?.() ?? new Date(),
      });
      if (claimed.length === 0) {
        counts.skipped++;
        continue;
      }
      try {
        await notificationService.send({
          recipients: { type: 'entity', entityRef: recipients },
          payload,
        });
        counts.sent++;
      } catch (error) {
        await store.release({ cause, subject, keys: claimed });
        counts.failed++;
        firstError ??= `${cause} of ${subject}: ${
          error instanceof Error ? error.message : String(error)
        }`;
      }
    }
    if (counts.failed > 0) {
      logger.warn(
        `FlexInfra could not send ${counts.failed} of ${notifications.length} notifications ` +
          `(is the notifications backend installed?), first: ${firstError}`,
      );
    }
    if (counts.sent > 0) {
      logger.info(`FlexInfra sent ${counts.sent} notifications`);
    }
    return counts;
  }
}
