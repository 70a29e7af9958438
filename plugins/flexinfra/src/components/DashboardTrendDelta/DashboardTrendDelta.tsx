import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import TrendingFlatIcon from '@material-ui/icons/TrendingFlat';

const useStyles = makeStyles(theme => ({
  trend: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.25),
    whiteSpace: 'nowrap',
  },
  up: { color: theme.palette.success.main },
  down: { color: theme.palette.error.main },
  flat: { color: theme.palette.text.secondary },
  icon: { fontSize: '1rem' },
}));

const deltaFormat = new Intl.NumberFormat(undefined, {
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** Props of {@link DashboardTrendDelta}. */
export interface DashboardTrendDeltaProps {
  /** The change in points (score points, or percentage points for shares); null when unknown. */
  delta: number | null;
  /** What the delta compares with, for the tooltip, e.g. "the snapshot of 2025-02-01". */
  comparedWith?: string;
  /** Why there is no delta, shown as a tooltip of the dash. */
  unavailableReason?: string;
}

/** Changes smaller than this (after rounding to one decimal) count as flat. */
const FLAT = 0.05;

/**
 * A trend as an arrow and a signed delta: green and up when it improved,
 * red and down when it got worse, a grey flat arrow when it held.
 */
export const DashboardTrendDelta = ({
  delta,
  comparedWith,
  unavailableReason = 'No earlier snapshot to compare with',
}: DashboardTrendDeltaProps) => {
  const classes = useStyles();
  if (delta === null || !Number.isFinite(delta)) {
    return (
      <Tooltip title={unavailableReason}>
        <Typography
          component="span"
          variant="body2"
          color="textSecondary"
          aria-label={`Trend unavailable: ${unavailableReason}`}
        >
          —
        </Typography>
      </Tooltip>
    );
  }

  let direction: 'up' | 'down' | 'flat' = 'flat';
  if (delta >= FLAT) {
    direction = 'up';
  } else if (delta <= -FLAT) {
    direction = 'down';
  }
  const Icon = {
    up: ArrowUpwardIcon,
    down: ArrowDownwardIcon,
    flat: TrendingFlatIcon,
  }[direction];
  const text = `${deltaFormat.format(Math.round(delta * 10) / 10)} pts`;
  const label = `${
    { up: 'Up', down: 'Down', flat: 'Unchanged' }[direction]
  } ${text.replace(/^[+-]/, '')}${
    comparedWith ? ` since ${comparedWith}` : ''
  }`;
  return (
    <Tooltip title={label}>
      <span
        className={`${classes.trend} ${classes[direction]}`}
        role="img"
        aria-label={label}
      >
        <Icon className={classes.icon} />
        <Typography component="span" variant="body2">
          {text}
        </Typography>
      </span>
    </Tooltip>
  );
};
