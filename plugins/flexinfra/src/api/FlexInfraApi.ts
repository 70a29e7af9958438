import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  AdoptionRun,
  AdoptionSummary,
  Campaign,
  CampaignInput,
  CampaignProgress,
  CheckEntitiesPage,
  CheckStatistics,
  EntityCampaign,
  EntityScorecard,
  EntitySummary,
  FlexInfraModel,
  FlexInfraStatus,
  FlexInfraSummary,
  ResultFilters,
  ScorecardHistoryEntry,
  SummaryGroupBy,
  WaiversOverview,
} from '@flexinfra/backstage-plugin-flexinfra-common';

export type {
  AdoptionFixedCheck,
  AdoptionRun,
  AdoptionRunOutcome,
  AdoptionSummary,
  Campaign,
  CampaignInput,
  CampaignMilestone,
  CampaignProgress,
  CampaignProgressPoint,
  CampaignScope,
  CampaignShortfall,
  CampaignTarget,
  CheckEntitiesPage,
  CheckEntity,
  CheckEvidence,
  CheckStatistics,
  EntityAdoption,
  EntityCampaign,
  EntityScorecard,
  EntitySummary,
  FlexInfraModel,
  FlexInfraStatus,
  FlexInfraSummary,
  RefreshRun,
  RefreshRunStatus,
  ResultFilters,
  ScorecardCheck,
  ScorecardHistoryEntry,
  ScorecardRepository,
  SourceDocument,
  SummaryAggregate,
  SummaryGroup,
  SummaryGroupBy,
  TemplateAdoption,
  WaiverItem,
  WaiversOverview,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * Client for the FlexInfra backend, served under `/api/flexinfra`
 * (described by the backend's `src/schema/openapi.yaml`).
 *
 * @public
 */
export interface FlexInfraApi {
  /** The maturity model: stages, dimensions, checks and DORA levels. */
  getModel(): Promise<FlexInfraModel>;
  /** The state of the most recent refresh runs and stored results. */
  getStatus(): Promise<FlexInfraStatus>;
  /**
   * An entity's scorecard, or `undefined` when it has not been scored yet
   * (the backend answers 404).
   */
  getScorecard(entity: CompoundEntityRef): Promise<EntityScorecard | undefined>;
  /**
   * How an entity's result changed over time, newest first; empty when it
   * has not been scored yet (the backend answers 404).
   */
  getHistory(
    entity: CompoundEntityRef,
    options?: { limit?: number },
  ): Promise<ScorecardHistoryEntry[]>;
  /** Aggregates computed by the backend, grouped and filtered. */
  getSummary(options: {
    groupBy: SummaryGroupBy;
    filters?: ResultFilters;
    trendDays?: number;
  }): Promise<FlexInfraSummary>;
  /** Pass/fail/waived counts per check, most failed first. */
  getCheckStatistics(options?: {
    filters?: ResultFilters;
  }): Promise<CheckStatistics[]>;
  /** A page of the entities with a given status for one check. */
  getCheckEntities(options: {
    checkId: string;
    status?: 'fail' | 'pass' | 'waived';
    filters?: ResultFilters;
    limit?: number;
    cursor?: string;
  }): Promise<CheckEntitiesPage>;
  /**
   * Scored entities matching the filters, lowest score first (the worst
   * first), as far as the caller may read them.
   */
  listEntities(options: {
    filters?: ResultFilters;
    limit?: number;
  }): Promise<{ items: EntitySummary[] }>;
  /**
   * Active waivers by check and by owner (rolled up through nested groups),
   * how many expire within `soonDays` (30 by default), and the waivers of
   * entities the caller may read, the soonest to expire first.
   */
  getWaivers(options?: {
    filters?: ResultFilters;
    soonDays?: number;
    limit?: number;
  }): Promise<WaiversOverview>;
  /** Campaigns, newest first; only those with `status` when given. */
  listCampaigns(options?: {
    status?: Campaign['status'];
  }): Promise<{ items: Campaign[] }>;
  /** One campaign; a 404 `ResponseError` when there is none. */
  getCampaign(id: string): Promise<Campaign>;
  /**
   * Creates a campaign (needs `flexinfra.campaign.create`). A campaign the
   * backend finds invalid is a 400 `ResponseError` naming each field.
   */
  createCampaign(input: CampaignInput): Promise<Campaign>;
  /** Replaces a campaign's fields (needs `flexinfra.campaign.update`). */
  updateCampaign(id: string, input: CampaignInput): Promise<Campaign>;
  /** Archives a campaign (needs `flexinfra.campaign.delete`). */
  archiveCampaign(id: string): Promise<Campaign>;
  /**
   * Where a campaign stands: now, per day, per team, and the first `limit`
   * entities short of its target that the caller may read.
   */
  getCampaignProgress(
    id: string,
    options?: { limit?: number },
  ): Promise<CampaignProgress>;
  /**
   * The active campaigns an entity is part of; empty when it has not been
   * scored yet.
   */
  getEntityCampaigns(entity: CompoundEntityRef): Promise<EntityCampaign[]>;
  /**
   * What the templates the model links did for the catalog: per template,
   * runs, entities improved, checks fixed and the median days to a fix; and
   * the latest `limit` runs (20 by default) on entities the caller may read.
   */
  getAdoption(options?: { limit?: number }): Promise<AdoptionSummary>;
  /**
   * The template runs for an entity, newest first, with the checks each
   * fixed; none when it has not been scored yet (the backend answers 404).
   */
  getEntityAdoption(entity: CompoundEntityRef): Promise<AdoptionRun[]>;
  /** The URL of the CSV export for these filters (fetch it with the fetch API). */
  getExportUrl(options?: { filters?: ResultFilters }): Promise<string>;
  /** Starts a refresh (needs the `flexinfra.refresh` permission). */
  refresh(): Promise<void>;
}

/**
 * The {@link FlexInfraApi}. Created with `@backstage/core-plugin-api` so that
 * the legacy and the new frontend system share one reference.
 *
 * @public
 */
export const flexInfraApiRef = createApiRef<FlexInfraApi>({
  id: 'plugin.flexinfra.service',
});
