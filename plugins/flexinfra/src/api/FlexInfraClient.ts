import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  FlexInfraApi,
  FlexInfraModel,
  FlexInfraStatus,
} from './FlexInfraApi';

/**
 * Talks to the FlexInfra backend, finding it through the discovery API and
 * calling it through the fetch API (which adds the user's credentials).
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

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('flexinfra');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
