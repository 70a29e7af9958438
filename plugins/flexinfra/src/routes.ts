import {
  createExternalRouteRef,
  createRouteRef,
} from '@backstage/core-plugin-api';

/**
 * The FlexInfra page's route, in both frontend systems (like the next ref).
 * Its Campaigns tab is `campaigns` below it, a campaign `campaigns/:id`.
 */
export const rootRouteRef = createRouteRef({
  id: 'flexinfra',
});

/**
 * The entity page's "Flexibility" tab. Like the next ref, it serves both
 * frontend systems: `@backstage/core-plugin-api` refs are also new-system
 * refs (`./alpha/plugin` passes them through `convertLegacyRouteRefs` for
 * their types), so `useRouteRef` resolves them in either.
 */
export const entityContentRouteRef = createRouteRef({
  id: 'flexinfra:entity-content',
});

/**
 * Where a "Fix with template" button goes: the scaffolder's page of one
 * template (`/create/templates/:namespace/:templateName`). Bind it to the
 * scaffolder's `selectedTemplate` route; the new frontend system does that by
 * default. Optional: unbound, the buttons fall back to `/create/templates/…`.
 */
export const scaffolderTemplateRouteRef = createExternalRouteRef({
  id: 'flexinfra:scaffolder-template',
  optional: true,
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});
