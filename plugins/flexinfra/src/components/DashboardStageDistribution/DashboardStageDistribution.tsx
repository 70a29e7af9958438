import { InfoCard } from '@backstage/core-components';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  Bar,
  BarChart,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SummaryAggregate } from '../../api';
import {
  STAGE_KEYS,
  formatCount,
  formatShare,
  shareOf,
  stageColor,
  stageLabel,
} from '../DashboardFormat';

const CHART_HEIGHT = 250;

const useStyles = makeStyles({
  /** Read by screen readers (and tests), not drawn: the chart shows it. */
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** One bar of the chart. */
interface StageBarDatum {
  stage: number;
  label: string;
  count: number;
  barLabel: string;
}

/** Props of {@link DashboardStageDistribution}. */
export interface DashboardStageDistributionProps {
  /** The aggregate over every filtered result. */
  total: SummaryAggregate;
  /** The model's stages, to name them. */
  modelStages: readonly MaturityStage[];
  /** The stage the organisation aims for. */
  targetStage: number;
}

/**
 * How the scored entities spread over the five maturity stages: a bar per
 * stage, named and counted, coloured from red (stage 1) to green (stage 5).
 */
export const DashboardStageDistribution = ({
  total,
  modelStages,
  targetStage,
}: DashboardStageDistributionProps) => {
  const classes = useStyles();
  const theme = useTheme();
  const data: StageBarDatum[] = STAGE_KEYS.map(key => {
    const count = total.stages[key];
    return {
      stage: Number(key),
      label: stageLabel(modelStages, Number(key)),
      count,
      barLabel: `${formatCount(count)} (${formatShare(
        shareOf(count, total.entities),
      )})`,
    };
  });
  const tick = {
    fill: theme.palette.text.primary,
    fontFamily: theme.typography.fontFamily,
    fontSize: 13,
  };

  return (
    <InfoCard
      title="Stage distribution"
      subheader={`${formatCount(
        total.entities,
      )} scored entities; the target is stage ${stageLabel(
        modelStages,
        targetStage,
      )}`}
      variant="gridItem"
    >
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 600, height: CHART_HEIGHT }}
      >
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 88, bottom: 4, left: 8 }}
          barCategoryGap="22%"
        >
          <XAxis type="number" allowDecimals={false} hide />
          <YAxis
            type="category"
            dataKey="label"
            width={200}
            tick={tick}
            tickLine={false}
            axisLine={false}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: theme.palette.action.hover }}
            formatter={value => [formatCount(Number(value)), 'Entities']}
          />
          <Bar
            dataKey="count"
            name="Entities"
            isAnimationActive={false}
            minPointSize={2}
            shape={props => (
              <Rectangle
                {...props}
                fill={stageColor((props.payload as StageBarDatum).stage)}
              />
            )}
          >
            <LabelList dataKey="barLabel" position="right" style={tick} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <table className={classes.visuallyHidden} aria-label="Stage distribution">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Entities</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {data.map(datum => (
            <tr key={datum.stage}>
              <th scope="row">{datum.label}</th>
              <td>{formatCount(datum.count)}</td>
              <td>{formatShare(shareOf(datum.count, total.entities))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </InfoCard>
  );
};
