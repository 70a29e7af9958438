import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SummaryAggregate } from '../../api';
import { stageName } from '../shared';

const STAGES = ['1', '2', '3', '4', '5'] as const;

/** The bars: how many entities are at each stage. */
export function stageDistribution(stages: SummaryAggregate['stages']) {
  return STAGES.map(stage => ({
    stage: `Stage ${stage}`,
    name: stageName(Number(stage)),
    count: stages[stage] ?? 0,
  }));
}

/** How many entities are at each stage, as a small bar chart. */
export const StageDistributionChart = ({
  stages,
}: {
  stages: SummaryAggregate['stages'];
}) => {
  const theme = useTheme();
  const data = stageDistribution(stages);
  const label = `Entities by stage: ${data
    .map(d => `${d.stage}: ${d.count}`)
    .join(', ')}`;
  return (
    <Box component="figure" m={0} aria-label={label}>
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} margin={{ top: 16, right: 8, left: 0 }}>
          <XAxis dataKey="stage" />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip
            labelFormatter={(_label, payload) =>
              payload?.[0]
                ? `${payload[0].payload.stage} · ${payload[0].payload.name}`
                : ''
            }
          />
          <Bar
            dataKey="count"
            name="Entities"
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          >
            <LabelList dataKey="count" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};
