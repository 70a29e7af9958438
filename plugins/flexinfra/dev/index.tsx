import { createDevApp } from '@backstage/frontend-dev-utils';
import flexinfraPlugin from '../src/alpha';

// Serves the plugin on its own, in the new frontend system. The page talks to
// the FlexInfra backend, so start the backend too (`yarn start` at the root).
createDevApp({ features: [flexinfraPlugin] });
