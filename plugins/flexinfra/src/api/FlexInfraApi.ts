import { createApiRef } from '@backstage/core-plugin-api';
import type {
  FlexInfraModel,
  FlexInfraStatus,
} from '@flexinfra/backstage-plugin-flexinfra-common';

export type {
  FlexInfraModel,
  FlexInfraStatus,
  RefreshRun,
  RefreshRunStatus,
} from '@flexinfra/backstage-plugin-flexinfra-common';

/**
 * Client for the FlexInfra backend, served under `/api/flexinfra`.
 *
 * @public
 */
export interface FlexInfraApi {
  /** The maturity model: stages, dimensions and DORA levels. */
  getModel(): Promise<FlexInfraModel>;
  /** The state of the most recent refresh run. */
  getStatus(): Promise<FlexInfraStatus>;
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
