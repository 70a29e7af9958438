import type {
  Campaign,
  CampaignInput,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * Stores platform owners' campaigns.
 *
 * @internal
 */
export interface CampaignStore {
  /** Campaigns by due date (the soonest first), then title. */
  list(options?: { status?: Campaign['status'] }): Promise<Campaign[]>;

  get(id: string): Promise<Campaign | undefined>;

  /** Stores a validated campaign as active. */
  create(
    input: CampaignInput,
    options: { createdBy: string },
  ): Promise<Campaign>;

  /**
   * Replaces a campaign's fields with a validated input.
   *
   * @throws NotFoundError if there is no campaign with this id.
   */
  update(id: string, input: CampaignInput): Promise<Campaign>;

  /**
   * Archives a campaign: it stays readable and is left out of active lists.
   *
   * @throws NotFoundError if there is no campaign with this id.
   */
  archive(id: string): Promise<Campaign>;
}
