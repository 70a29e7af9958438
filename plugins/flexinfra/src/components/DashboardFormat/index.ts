export { stageColor } from './stageColors';
export { STAGE_KEYS, stageLabel } from './stageLabel';
export {
  formatCount,
  formatScore,
  formatShare,
  shareOf,
} from './formatNumbers';
export { backendMessageOf } from './backendMessageOf';
export { httpStatusOf } from './httpStatusOf';
export { entityRefLabel, ownerLabel } from './entityRefLabel';
