export * from './CheckStatusLabel';
export * from './entityFilters';
export * from './ErrorPanelWithRetry';
export * from './FixWithTemplateButton';
export * from './hooks';
export * from './RelativeTime';
export * from './ScoreGauge';
export * from './StageChip';
