import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { flexInfraApiRef } from '../../api';

/** The active campaigns an entity is part of. */
export function useEntityCampaigns(entity: CompoundEntityRef) {
  const api = useApi(flexInfraApiRef);
  const { kind, namespace, name } = entity;
  return useAsync(
    () => api.getEntityCampaigns({ kind, namespace, name }),
    [api, kind, namespace, name],
  );
}
