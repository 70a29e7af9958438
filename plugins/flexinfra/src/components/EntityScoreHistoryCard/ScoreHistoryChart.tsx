import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AdoptionRun } from '../../api';
import { formatScore } from '../shared';
import type { ScorePoint } from './historyChartData';
import { runMarkers } from './runMarkers';

const formatDate = (time: number) => new Date(time).toLocaleDateString();

/**
 * The score over time as a step line (it holds until the next change), with
 * a marker at each run of a FlexInfra template.
 */
export const ScoreHistoryChart = ({
  points,
  runs = [],
}: {
  points: ScorePoint[];
  runs?: AdoptionRun[];
}) => {
  const theme = useTheme();
  const scored = points.filter(p => p.score !== null);
  const label =
    scored.length > 0
      ? `Score history from ${formatDate(scored[0].time)} (${formatScore(
          scored[0].score!,
        )}) to ${formatDate(scored[scored.length - 1].time)} (${formatScore(
          scored[scored.length - 1].score!,
        )})`
      : 'Score history';
  const { data, markers } = runMarkers(points, runs);
  const marked =
    markers.length > 0
      ? `, with ${markers.length} template ${
          markers.length === 1 ? 'run' : 'runs'
        } marked`
      : '';
  return (
    <Box component="figure" m={0} aria-label={`${label}${marked}`}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={formatDate}
          />
          <YAxis domain={[0, 100]} />
          <Tooltip
            labelFormatter={time => new Date(Number(time)).toLocaleString()}
            formatter={value => [formatScore(Number(value)), 'Score']}
          />
          {markers.map(marker => (
            <ReferenceLine
              key={marker.taskId}
              x={marker.time}
              ifOverflow="extendDomain"
              stroke={
                marker.failed
                  ? theme.palette.text.disabled
                  : theme.palette.secondary.main
              }
              strokeDasharray="4 4"
              label={{
                value: marker.label,
                position: marker.position,
                fontSize: 11,
              }}
            />
          ))}
          <Line
            type="stepAfter"
            dataKey="score"
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
};
