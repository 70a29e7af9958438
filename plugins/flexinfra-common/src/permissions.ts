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
 * Allows creating an adoption campaign.
 *
 * @public
 */
export const flexinfraCampaignCreatePermission = createPermission({
  name: 'flexinfra.campaign.create',
  attributes: { action: 'create' },
});

/**
 * Allows editing a campaign.
 *
 * @public
 */
export const flexinfraCampaignUpdatePermission = createPermission({
  name: 'flexinfra.campaign.update',
  attributes: { action: 'update' },
});

/**
 * Allows archiving a campaign.
 *
 * @public
 */
export const flexinfraCampaignDeletePermission = createPermission({
  name: 'flexinfra.campaign.delete',
  attributes: { action: 'delete' },
});

/**
 * Every permission FlexInfra declares.
 *
 * @public
 */
export const flexinfraPermissions = [
  flexinfraRefreshPermission,
  flexinfraCampaignCreatePermission,
  flexinfraCampaignUpdatePermission,
  flexinfraCampaignDeletePermission,
];
