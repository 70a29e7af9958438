export { ScoreGauge, type ScoreGaugeProps } from './ScoreGauge';
export { formatDoraScore, formatScore, formatShare } from './formatScore';
