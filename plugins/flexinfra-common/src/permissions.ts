import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows starting a FlexInfra refresh (rescoring the catalog) on demand.
 *
 * @public
 */
export const flexinfraRefreshPermission = createPermission({
  name: 'flexinfra.refresh',
  attributes: { action: 'update' },
});

/**
 * Every permission FlexInfra declares.
 *
 * @public
 */
export const flexinfraPermissions = [flexinfraRefreshPermission];
