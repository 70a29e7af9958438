/**
 * FlexInfra frontend plugin: how flexible each catalog entity's
 * infrastructure is, on a five-stage maturity model.
 *
 * This entry point is for the legacy frontend system and has no default
 * export on purpose: the app's package discovery registers the default
 * exports of both `.` and `./alpha`, and the new frontend system's plugin is
 * the default export of `./alpha`.
 *
 * @packageDocumentation
 */

export { flexinfraPlugin, FlexInfraPage } from './plugin';
export {
  FlexInfraClient,
  flexInfraApiRef,
  type FlexInfraApi,
  type FlexInfraModel,
  type FlexInfraStatus,
  type RefreshRun,
  type RefreshRunStatus,
} from './api';
export { FlexInfraIcon } from './components/FlexInfraIcon';
