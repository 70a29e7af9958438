export { StageChip, stageName, type StageChipProps } from './StageChip';
