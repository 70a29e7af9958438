import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The FlexInfra page's route in the legacy frontend system.
 * (The new frontend system's route ref lives in `./alpha/routes`.)
 */
export const rootRouteRef = createRouteRef({
  id: 'flexinfra',
});
