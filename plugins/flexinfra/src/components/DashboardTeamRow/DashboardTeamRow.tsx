import { EntityRefLink } from '@backstage/plugin-catalog-react';
import IconButton from '@material-ui/core/IconButton';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { SummaryGroup } from '../../api';
import {
  formatCount,
  formatScore,
  formatShare,
  ownerLabel,
} from '../DashboardFormat';
import { DashboardStageBar } from '../DashboardStageBar';
import { DashboardTrendDelta } from '../DashboardTrendDelta';

const useStyles = makeStyles(theme => ({
  teamCell: { display: 'flex', alignItems: 'center', minWidth: 0 },
  toggle: { padding: theme.spacing(0.5), marginRight: theme.spacing(0.5) },
  toggleSpacer: { width: 30, flexShrink: 0 },
  teamName: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
}));

function scoreDelta(group: SummaryGroup): number | null {
  const then = group.trend?.averageScore;
  return group.averageScore === null || then === null || then === undefined
    ? null
    : group.averageScore - then;
}

/** Props of {@link DashboardTeamRow}. */
export interface DashboardTeamRowProps {
  group: SummaryGroup;
  /** 0 for a top-level group, 1 for its teams, and so on. */
  depth: number;
  /** Whether the group has teams to expand into. */
  hasChildren: boolean;
  expanded: boolean;
  onToggle: () => void;
  /** The model's stages, to name them. */
  modelStages: readonly MaturityStage[];
  /** How many days back the trend compares with. */
  trendDays: number;
  /** Why trends are not shown, when they do not apply (e.g. filtered). */
  trendUnavailableReason?: string;
}

/**
 * A row of the teams table: the group (indented by depth, with a toggle
 * when it has teams), its entities, stage distribution, average score,
 * share at target and score trend.
 */
export const DashboardTeamRow = ({
  group,
  depth,
  hasChildren,
  expanded,
  onToggle,
  modelStages,
  trendDays,
  trendUnavailableReason,
}: DashboardTeamRowProps) => {
  const classes = useStyles();
  const name = group.key === null ? 'No owner' : ownerLabel(group.key);
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        <div className={classes.teamCell} style={{ paddingLeft: depth * 24 }}>
          {hasChildren ? (
            <IconButton
              className={classes.toggle}
              size="small"
              aria-expanded={expanded}
              aria-label={`${expanded ? 'Collapse' : 'Expand'} ${name}`}
              onClick={onToggle}
            >
              {expanded ? (
                <ExpandMoreIcon fontSize="small" />
              ) : (
                <ChevronRightIcon fontSize="small" />
              )}
            </IconButton>
          ) : (
            <span className={classes.toggleSpacer} />
          )}
          <span className={classes.teamName}>
            {group.key === null ? (
              <Typography
                component="span"
                variant="body2"
                color="textSecondary"
              >
                {name}
              </Typography>
            ) : (
              <EntityRefLink entityRef={group.key} defaultKind="group" />
            )}
          </span>
        </div>
      </TableCell>
      <TableCell align="right">{formatCount(group.entities)}</TableCell>
      <TableCell>
        <DashboardStageBar stages={group.stages} modelStages={modelStages} />
      </TableCell>
      <TableCell align="right">{formatScore(group.averageScore)}</TableCell>
      <TableCell align="right">{formatShare(group.atTargetShare)}</TableCell>
      <TableCell align="right">
        <DashboardTrendDelta
          delta={trendUnavailableReason ? null : scoreDelta(group)}
          comparedWith={group.trend?.since}
          unavailableReason={
            trendUnavailableReason ?? `No snapshot from ${trendDays} days back`
          }
        />
      </TableCell>
    </TableRow>
  );
};
