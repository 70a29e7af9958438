import type { ResultFilters } from '../api/types';

/**
 * Who a campaign is about: the entities owned by a group (its nested teams
 * included), those of a system or a domain, or those the dashboard's
 * filters select.
 *
 * @public
 */
export type CampaignScope =
  | { type: 'group'; ref: string }
  | { type: 'system'; ref: string }
  | { type: 'domain'; ref: string }
  | { type: 'filters'; filters: ResultFilters };

/**
 * What an entity in scope must reach: a stage of the ladder, or passing
 * (or waiving) every one of a set of checks.
 *
 * @public
 */
export type CampaignTarget = { stage: number } | { checks: string[] };

/**
 * A share of the scope (0 to 1) at target by a day.
 *
 * @public
 */
export interface CampaignMilestone {
  /** YYYY-MM-DD. */
  date: string;
  share: number;
}

/**
 * What a platform owner writes when creating or editing a campaign.
 *
 * @public
 */
export interface CampaignInput {
  title: string;
  description: string;
  /** The campaign's owner: a group or user entity ref. */
  owner: string;
  scope: CampaignScope;
  target: CampaignTarget;
  /** YYYY-MM-DD. */
  startDate: string;
  /** YYYY-MM-DD, not before the start. */
  dueDate: string;
  /** By date, each within the campaign's days. */
  milestones: CampaignMilestone[];
}

/**
 * A stored campaign.
 *
 * @public
 */
export interface Campaign extends CampaignInput {
  id: string;
  status: 'active' | 'archived';
  /** The user or service that created it. */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One problem with a campaign input, naming the field (a key path such as
 * `scope.ref` or `milestones[1].share`).
 *
 * @public
 */
export interface CampaignInputProblem {
  field: string;
  message: string;
}
