/**
 * FlexInfra for Backstage's new frontend system. The plugin is the default
 * export, which the app's package discovery (`app.packages: all`) picks up.
 *
 * @packageDocumentation
 */

import { flexinfraPlugin } from './alpha/plugin';

export default flexinfraPlugin;
