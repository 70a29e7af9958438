import { Gauge } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { formatScore } from './formatScore';

/** Props of {@link ScoreGauge}. */
export interface ScoreGaugeProps {
  /** 0–100. */
  score: number;
  size?: 'normal' | 'small';
}

/** The FlexInfra score (0–100) on a circular gauge, red to green. */
export const ScoreGauge = ({ score, size = 'normal' }: ScoreGaugeProps) => (
  <Box
    role="img"
    aria-label={`Score ${formatScore(score)} out of 100`}
    maxWidth={size === 'small' ? 96 : 160}
  >
    <Gauge
      value={score}
      fractional={false}
      unit=""
      decimalDigits={0}
      size={size}
    />
  </Box>
);
