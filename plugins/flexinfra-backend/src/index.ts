/**
 * The FlexInfra backend plugin.
 *
 * @packageDocumentation
 */

export { flexinfraPlugin as default } from './plugin';
