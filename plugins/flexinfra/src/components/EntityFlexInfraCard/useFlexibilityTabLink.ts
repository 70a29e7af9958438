import type { Entity } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';

/** The path of the "Flexibility" tab, as the plugin mounts it by default. */
export const DEFAULT_FLEXIBILITY_TAB_PATH = 'flexibility';

/** The entity page's Flexibility tab: `<entity page>/<tabPath>`. */
export function useFlexibilityTabLink(
  entity: Entity,
  tabPath: string = DEFAULT_FLEXIBILITY_TAB_PATH,
): string {
  const entityPage = useRouteRef(entityRouteRef);
  return `${entityPage(entityRouteParams(entity)).replace(
    /\/$/,
    '',
  )}/${tabPath.replace(/^\//, '')}`;
}
