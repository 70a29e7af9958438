import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  flexInfraApiRef,
  type FlexInfraModel,
  type FlexInfraStatus,
} from '../../api';

/** What the FlexInfra page shows: the model and the refresh status. */
export interface FlexInfraOverview {
  model: FlexInfraModel;
  status: FlexInfraStatus;
}

/**
 * Loads the model and the refresh status together; `retry` loads both again.
 */
export function useFlexInfraOverview() {
  const flexInfraApi = useApi(flexInfraApiRef);
  return useAsyncRetry(async (): Promise<FlexInfraOverview> => {
    const [model, status] = await Promise.all([
      flexInfraApi.getModel(),
      flexInfraApi.getStatus(),
    ]);
    return { model, status };
  }, [flexInfraApi]);
}
