import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Campaign, CampaignProgress } from '../../api';
import { progressChartData } from './progressChartData';

const formatDay = (time: number) =>
  new Date(time).toLocaleDateString(undefined, { timeZone: 'UTC' });

/** Props of {@link CampaignProgressChart}. */
export interface CampaignProgressChartProps {
  campaign: Campaign;
  progress: CampaignProgress;
}

/**
 * The share of the scope at target per day, against the straight way to
 * everything at target on the due date, with the milestones as dots
 * (reached, missed or upcoming) and the due date as a line.
 */
export const CampaignProgressChart = ({
  campaign,
  progress,
}: CampaignProgressChartProps) => {
  const theme = useTheme();
  const data = progressChartData(campaign, progress);
  const milestoneColor = {
    reached: theme.palette.success.main,
    missed: theme.palette.error.main,
    upcoming: theme.palette.grey[500],
  };
  const measured = data.points.filter(point => point.share !== undefined);
  const latest = measured[measured.length - 1];
  const label = latest
    ? `Share at target: ${latest.share ?? 0} % on ${formatDay(latest.time)}${
        data.trajectoryToday === null
          ? ''
          : `, against ${data.trajectoryToday} % on the way to the due date`
      }; due ${formatDay(data.due)}`
    : `Nothing measured yet; due ${formatDay(data.due)}`;
  return (
    <Box component="figure" m={0} aria-label={label}>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data.points} margin={{ top: 16, right: 48, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={data.domain}
            tickFormatter={formatDay}
          />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip
            labelFormatter={time => formatDay(Number(time))}
            formatter={(value, name) => [`${value} %`, name]}
          />
          <Legend />
          <Line
            name="At target"
            dataKey="share"
            type="stepAfter"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            // A dot per day while there are few, so a single day shows.
            dot={measured.length <= 31}
            isAnimationActive={false}
          />
          <Line
            name="On the way to the due date"
            dataKey="trajectory"
            stroke={theme.palette.text.secondary}
            strokeDasharray="6 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <ReferenceLine
            x={data.due}
            stroke={theme.palette.warning.main}
            label={{ value: 'Due', position: 'insideTopRight' }}
          />
          {data.milestones.map(milestone => (
            <ReferenceDot
              key={milestone.time}
              x={milestone.time}
              y={milestone.share}
              r={6}
              fill={milestoneColor[milestone.status]}
              stroke="none"
              label={{
                value: milestone.label,
                // Toward the middle, so a late milestone's label is not cut.
                position:
                  milestone.time > (data.domain[0] + data.domain[1]) / 2
                    ? 'left'
                    : 'right',
                fontSize: 11,
              }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};
