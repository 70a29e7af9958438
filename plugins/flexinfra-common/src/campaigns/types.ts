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

/**
 * Where a campaign stands: the share of its scope at target now and at the
 * end of each day since it started, per team, the entities still short of
 * it with what they miss, and when it will be done at the current pace.
 *
 * @public
 */
export interface CampaignProgress {
  campaignId: string;
  /** The day the progress is computed for (YYYY-MM-DD). */
  asOf: string;
  /** Entities in scope now (scored or invalid). */
  entities: number;
  atTarget: number;
  /** atTarget ÷ entities; null without entities. */
  share: number | null;
  /** One point per day from the start to today (or the due date). */
  series: CampaignProgressPoint[];
  milestones: Array<
    CampaignMilestone & {
      /** The share at the end of the milestone's day; null if it is ahead. */
      actualShare: number | null;
      status: 'reached' | 'missed' | 'upcoming';
    }
  >;
  /** Per owner of the entities in scope, the furthest behind first. */
  teams: Array<{
    ownerRef: string | null;
    entities: number;
    atTarget: number;
    share: number | null;
  }>;
  /** Entities short of the target that the caller may read, a page of them. */
  shortfall: CampaignShortfall[];
  /** All entities short of the target, readable by the caller or not. */
  shortfallTotal: number;
  /**
   * When the whole scope reaches the target at the pace of the last 28 days
   * (a least-squares line through the daily shares); null when it is not
   * rising, or already done.
   */
  projectedCompletion: string | null;
  /** Done, or projected to be done by the due date. */
  onTrack: boolean;
}

/**
 * The scope of a campaign at the end of one day.
 *
 * @public
 */
export interface CampaignProgressPoint {
  date: string;
  entities: number;
  atTarget: number;
  share: number | null;
}

/**
 * An entity short of a campaign's target, and the checks it must pass.
 *
 * @public
 */
export interface CampaignShortfall {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  stage: number | null;
  outcome: 'scored' | 'invalid';
  missing: Array<{ checkId: string; title: string; template: string | null }>;
}

/**
 * An active campaign an entity is part of, and what the entity must still
 * do for it.
 *
 * @public
 */
export interface EntityCampaign {
  id: string;
  title: string;
  owner: string;
  target: CampaignTarget;
  /** YYYY-MM-DD. */
  dueDate: string;
  atTarget: boolean;
  /** The checks the entity must pass, with the template that fixes each. */
  missing: CampaignShortfall['missing'];
}
