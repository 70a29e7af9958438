import type { LoggerService } from '@backstage/backend-plugin-api';
import type { CompiledModel } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { CampaignStore } from '../campaigns/CampaignStore';
import { readCampaignProgress } from '../campaigns/readCampaignProgress';
import type { ResultStore } from '../database/ResultStore';
import { buildCampaignNotifications } from './buildCampaignNotifications';
import type { NotificationSender } from './NotificationSender';
import type { PendingNotification } from './types';

/**
 * The daily job that tells campaign owners (and the teams behind) about
 * milestones reached and campaigns due soon and behind.
 *
 * @internal
 */
export class CampaignNotifier {
  constructor(
    private readonly options: {
      campaignStore: CampaignStore;
      resultStore: ResultStore;
      model: CompiledModel;
      sender: NotificationSender;
      dueWithinDays: number;
      remindEveryDays: number;
      logger: LoggerService;
    },
  ) {}

  async run(now: Date): Promise<void> {
    const { campaignStore, resultStore, model, sender, logger } = this.options;
    const today = now.toISOString().slice(0, 10);
    const notifications: PendingNotification[] = [];
    for (const campaign of await campaignStore.list({ status: 'active' })) {
      try {
        const progress = await readCampaignProgress({
          campaign,
          resultStore,
          model,
          today,
        });
        notifications.push(
          ...buildCampaignNotifications({
            campaign,
            progress,
            today,
            dueWithinDays: this.options.dueWithinDays,
            remindEveryDays: this.options.remindEveryDays,
          }),
        );
      } catch (error) {
        logger.warn(
          `FlexInfra could not read the progress of campaign ${campaign.id}: ${error}`,
        );
      }
    }
    await sender.send(notifications);
  }
}
