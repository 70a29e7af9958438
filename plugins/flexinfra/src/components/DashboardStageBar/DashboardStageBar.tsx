import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { SummaryAggregate } from '../../api';
import {
  STAGE_KEYS,
  formatCount,
  stageColor,
  stageLabel,
} from '../DashboardFormat';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    width: '100%',
    minWidth: 120,
    height: 14,
    borderRadius: 3,
    overflow: 'hidden',
    backgroundColor: theme.palette.action.hover,
  },
}));

/** Props of {@link DashboardStageBar}. */
export interface DashboardStageBarProps {
  /** Entities per stage, 1–5. */
  stages: SummaryAggregate['stages'];
  /** The model's stages, to name them. */
  modelStages: readonly MaturityStage[];
}

/**
 * A compact horizontal bar of how a group's entities spread over the
 * stages, red (stage 1) to green (stage 5); its tooltip and accessible name
 * give the counts.
 */
export const DashboardStageBar = ({
  stages,
  modelStages,
}: DashboardStageBarProps) => {
  const classes = useStyles();
  const total = STAGE_KEYS.reduce((sum, key) => sum + stages[key], 0);
  const description = STAGE_KEYS.map(
    key => `Stage ${key}: ${formatCount(stages[key])}`,
  ).join(', ');
  const details = STAGE_KEYS.map(
    key =>
      `${stageLabel(modelStages, Number(key))}: ${formatCount(stages[key])}`,
  );

  return (
    <Tooltip
      title={
        <>
          {details.map(line => (
            <div key={line}>{line}</div>
          ))}
        </>
      }
    >
      <div className={classes.bar} role="img" aria-label={description}>
        {total > 0 &&
          STAGE_KEYS.filter(key => stages[key] > 0).map(key => (
            <div
              key={key}
              style={{
                width: `${(stages[key] / total) * 100}%`,
                backgroundColor: stageColor(Number(key)),
              }}
            />
          ))}
      </div>
    </Tooltip>
  );
};
