import { createRouteRef } from '@backstage/frontend-plugin-api';

/**
 * The FlexInfra page's route in the new frontend system.
 * (The legacy frontend system's route ref lives in `../routes`.)
 */
export const rootRouteRef = createRouteRef();
