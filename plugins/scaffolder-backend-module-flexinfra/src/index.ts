/**
 * The flexinfra module for `@backstage/plugin-scaffolder-backend`: scaffolder
 * actions that add what a FlexInfra scorecard says is missing, write the
 * infrastructure code for it, and gate templates on the FlexInfra stage.
 *
 * @packageDocumentation
 */

export { scaffolderModuleFlexinfra as default } from './module';
export { createCatalogAnnotateAction } from './actions/catalog/annotate';
export { createCatalogAddEntityAction } from './actions/catalog/addEntity';
export {
  createCatalogCheckoutAction,
  type CatalogCheckoutActionOptions,
} from './actions/checkout/checkout';
export { createIacGenerateAction } from './actions/iac/generate';
export {
  createScoreAction,
  type ScoreActionOptions,
} from './actions/score/score';
