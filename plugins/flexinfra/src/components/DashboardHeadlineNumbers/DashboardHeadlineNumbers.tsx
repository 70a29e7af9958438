import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useId, type ReactNode } from 'react';
import type { SummaryAggregate } from '../../api';
import { formatCount, formatScore, formatShare } from '../DashboardFormat';
import { DashboardTrendDelta } from '../DashboardTrendDelta';
import type { OverallTrend } from './overallTrend';

const useStyles = makeStyles(theme => ({
  tile: {
    boxSizing: 'border-box',
    height: '100%',
    padding: theme.spacing(1.5, 2),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
  },
  valueRow: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  value: {
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.2,
  },
}));

const HeadlineTile = ({
  label,
  value,
  trend,
  note,
}: {
  label: string;
  value: string;
  trend?: ReactNode;
  note: ReactNode;
}) => {
  const classes = useStyles();
  const labelId = useId();
  return (
    <Paper
      className={classes.tile}
      variant="outlined"
      role="group"
      aria-labelledby={labelId}
    >
      <Typography id={labelId} variant="overline" color="textSecondary">
        {label}
      </Typography>
      <div className={classes.valueRow}>
        <Typography variant="h4" component="p" className={classes.value}>
          {value}
        </Typography>
        {trend}
      </div>
      <Typography variant="body2" color="textSecondary">
        {note}
      </Typography>
    </Paper>
  );
};

/** Props of {@link DashboardHeadlineNumbers}. */
export interface DashboardHeadlineNumbersProps {
  /** The aggregate over every filtered result. */
  total: SummaryAggregate;
  /** The stage the organisation aims for, 1–5. */
  targetStage: number;
  /** How many days back the trend compares with. */
  trendDays: number;
  /** The trend of the selection, or null when there is none. */
  trend: OverallTrend | null;
  /** Why there is no trend, when trends do not apply (e.g. filtered). */
  trendUnavailableReason?: string;
}

/**
 * The dashboard's headline numbers: entities scored, their average score,
 * the share at the target stage (each with its trend) and the entities that
 * could not be scored.
 */
export const DashboardHeadlineNumbers = ({
  total,
  targetStage,
  trendDays,
  trend,
  trendUnavailableReason,
}: DashboardHeadlineNumbersProps) => {
  const comparedWith = trend ? `${trend.since} (${trendDays} days back)` : '';
  const trendOf = (delta: number | null | undefined) => (
    <DashboardTrendDelta
      delta={trendUnavailableReason ? null : delta ?? null}
      comparedWith={comparedWith}
      unavailableReason={
        trendUnavailableReason ?? `No snapshot from ${trendDays} days back yet`
      }
    />
  );

  return (
    <Grid container spacing={2}>
      <Grid item xs={6} md={3}>
        <HeadlineTile
          label="Entities scored"
          value={formatCount(total.entities)}
          note="Catalog entities with a scorecard"
        />
      </Grid>
      <Grid item xs={6} md={3}>
        <HeadlineTile
          label="Average score"
          value={formatScore(total.averageScore)}
          trend={trendOf(trend?.averageScoreDelta)}
          note={`Out of 100; trend vs. ${trendDays} days ago`}
        />
      </Grid>
      <Grid item xs={6} md={3}>
        <HeadlineTile
          label="At target stage"
          value={formatShare(total.atTargetShare)}
          trend={trendOf(trend?.atTargetShareDelta)}
          note={`${formatCount(
            total.atTarget,
          )} at stage ${targetStage} or above`}
        />
      </Grid>
      <Grid item xs={6} md={3}>
        <HeadlineTile
          label="Invalid"
          value={formatCount(total.invalid)}
          note="Entities that could not be scored"
        />
      </Grid>
    </Grid>
  );
};
