/**
 * The flexinfra module for @backstage/plugin-scaffolder-backend: scaffolder
 * actions that add what a FlexInfra scorecard says is missing.
 *
 * @packageDocumentation
 */

export { scaffolderModuleFlexinfra as default } from './module';
export { createCatalogAnnotateAction } from './actions/catalog/annotate';
