import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { RESULT_FILTER_NAMES } from '@flexinfra/backstage-plugin-flexinfra-common';
import type {
  AdoptionRun,
  AdoptionSummary,
  Campaign,
  CampaignInput,
  CampaignProgress,
  CheckEntitiesPage,
  CheckStatistics,
  EntityAdoption,
  EntityCampaign,
  EntityScorecard,
  EntitySummary,
  FlexInfraApi,
  FlexInfraModel,
  FlexInfraStatus,
  FlexInfraSummary,
  ResultFilters,
  ScorecardHistoryEntry,
  SummaryGroupBy,
  WaiversOverview,
} from './FlexInfraApi';

type QueryValue = string | number | undefined;

/**
 * A query string from single values (left out when undefined) and result
 * filters (each value its own, repeated parameter: `owner=a&owner=b`).
 */
function queryString(
  params: Record<string, QueryValue>,
  filters?: ResultFilters,
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) {
      search.append(name, String(value));
    }
  }
  for (const name of RESULT_FILTER_NAMES) {
    for (const value of filters?.[name] ?? []) {
      search.append(name, value);
    }
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

/** `/entities/{kind}/{namespace}/{name}`, each part URL-encoded. */
function entityPath(entity: CompoundEntityRef): string {
  return `/entities/${[entity.kind, entity.namespace, entity.name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** `/campaigns/{id}`, the id URL-encoded. */
function campaignPath(id: string): string {
  return `/campaigns/${encodeURIComponent(id)}`;
}

/**
 * Talks to the FlexInfra backend, finding it through the discovery API and
 * calling it through the fetch API (which adds the user's credentials).
 * Failed requests throw a `ResponseError` from `@backstage/errors`, which
 * keeps the backend's own error message.
 *
 * @public
 */
export class FlexInfraClient implements FlexInfraApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getModel(): Promise<FlexInfraModel> {
    return this.get<FlexInfraModel>('/model');
  }

  async getStatus(): Promise<FlexInfraStatus> {
    return this.get<FlexInfraStatus>('/status');
  }

  async getScorecard(
    entity: CompoundEntityRef,
  ): Promise<EntityScorecard | undefined> {
    return this.getUnlessNotFound<EntityScorecard>(entityPath(entity));
  }

  /**
   * The entity's history, newest first; empty when the backend answers 404
   * (the entity has not been scored yet), like {@link FlexInfraClient.getScorecard}.
   */
  async getHistory(
    entity: CompoundEntityRef,
    options?: { limit?: number },
  ): Promise<ScorecardHistoryEntry[]> {
    const history = await this.getUnlessNotFound<{
      items: ScorecardHistoryEntry[];
    }>(
      `${entityPath(entity)}/history${queryString({ limit: options?.limit })}`,
    );
    return history?.items ?? [];
  }

  async getSummary(options: {
    groupBy: SummaryGroupBy;
    filters?: ResultFilters;
    trendDays?: number;
  }): Promise<FlexInfraSummary> {
    const { groupBy, filters, trendDays } = options;
    return this.get<FlexInfraSummary>(
      `/summary${queryString({ groupBy, trendDays }, filters)}`,
    );
  }

  async getCheckStatistics(options?: {
    filters?: ResultFilters;
  }): Promise<CheckStatistics[]> {
    return this.get<CheckStatistics[]>(
      `/checks${queryString({}, options?.filters)}`,
    );
  }

  async getCheckEntities(options: {
    checkId: string;
    status?: 'fail' | 'pass' | 'waived';
    filters?: ResultFilters;
    limit?: number;
    cursor?: string;
  }): Promise<CheckEntitiesPage> {
    const { checkId, status, filters, limit, cursor } = options;
    return this.get<CheckEntitiesPage>(
      `/checks/${encodeURIComponent(checkId)}/entities${queryString(
        { status, limit, cursor },
        filters,
      )}`,
    );
  }

  async listEntities(options: {
    filters?: ResultFilters;
    limit?: number;
  }): Promise<{ items: EntitySummary[] }> {
    const { filters, limit } = options;
    return this.get<{ items: EntitySummary[] }>(
      `/entities${queryString({ order: 'score', limit }, filters)}`,
    );
  }

  async getWaivers(options?: {
    filters?: ResultFilters;
    soonDays?: number;
    limit?: number;
  }): Promise<WaiversOverview> {
    return this.get<WaiversOverview>(
      `/waivers${queryString(
        { soonDays: options?.soonDays, limit: options?.limit },
        options?.filters,
      )}`,
    );
  }

  async listCampaigns(options?: {
    status?: Campaign['status'];
  }): Promise<{ items: Campaign[] }> {
    return this.get<{ items: Campaign[] }>(
      `/campaigns${queryString({ status: options?.status })}`,
    );
  }

  async getCampaign(id: string): Promise<Campaign> {
    return this.get<Campaign>(campaignPath(id));
  }

  async createCampaign(input: CampaignInput): Promise<Campaign> {
    return this.send<Campaign>('/campaigns', 'POST', input);
  }

  async updateCampaign(id: string, input: CampaignInput): Promise<Campaign> {
    return this.send<Campaign>(campaignPath(id), 'PUT', input);
  }

  async archiveCampaign(id: string): Promise<Campaign> {
    return this.send<Campaign>(`${campaignPath(id)}/archive`, 'POST');
  }

  async getCampaignProgress(
    id: string,
    options?: { limit?: number },
  ): Promise<CampaignProgress> {
    return this.get<CampaignProgress>(
      `${campaignPath(id)}/progress${queryString({ limit: options?.limit })}`,
    );
  }

  async getEntityCampaigns(
    entity: CompoundEntityRef,
  ): Promise<EntityCampaign[]> {
    const campaigns = await this.getUnlessNotFound<{
      items: EntityCampaign[];
    }>(`${entityPath(entity)}/campaigns`);
    return campaigns?.items ?? [];
  }

  async getAdoption(options?: { limit?: number }): Promise<AdoptionSummary> {
    return this.get<AdoptionSummary>(
      `/adoption${queryString({ limit: options?.limit })}`,
    );
  }

  async getEntityAdoption(entity: CompoundEntityRef): Promise<AdoptionRun[]> {
    const adoption = await this.getUnlessNotFound<EntityAdoption>(
      `${entityPath(entity)}/adoption`,
    );
    return adoption?.runs ?? [];
  }

  async getExportUrl(options?: { filters?: ResultFilters }): Promise<string> {
    const baseUrl = await this.baseUrl();
    return `${baseUrl}/export${queryString(
      { format: 'csv' },
      options?.filters,
    )}`;
  }

  async refresh(): Promise<void> {
    await this.request('/refresh', { method: 'POST' });
  }

  private async baseUrl(): Promise<string> {
    return this.discoveryApi.getBaseUrl('flexinfra');
  }

  /** Calls the backend; throws a `ResponseError` unless the answer is OK. */
  private async request(path: string, init?: RequestInit): Promise<Response> {
    const response = await this.fetchApi.fetch(
      `${await this.baseUrl()}${path}`,
      init,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  /** Sends a JSON body (if any) with `method`, and reads the JSON answer. */
  private async send<T>(path: string, method: string, body?: unknown) {
    const response = await this.request(path, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
    return (await response.json()) as T;
  }

  private async get<T>(path: string): Promise<T> {
    return (await (await this.request(path)).json()) as T;
  }

  /** Like `get`, but `undefined` when the backend answers 404. */
  private async getUnlessNotFound<T>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (error) {
      if (error instanceof ResponseError && error.response.status === 404) {
        return undefined;
      }
      throw error;
    }
  }
}
