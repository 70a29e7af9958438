import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { AdoptionSummary } from '../../api';
import { formatCount } from '../DashboardFormat';
import { describeRun, templateName } from '../shared';

/** Props of {@link DashboardAdoption}. */
export interface DashboardAdoptionProps {
  adoption: AdoptionSummary;
}

function medianDays(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 10) / 10}`;
}

/**
 * Did the templates work? Per template the model links: its runs, the
 * entities a run improved, the checks fixed, the median days from a run to
 * the refresh that saw the fix, and the runs that led to none; then the
 * latest runs and what came of each.
 */
export const DashboardAdoption = ({ adoption }: DashboardAdoptionProps) => {
  const { templates, recent, fixWindowDays } = adoption;
  return (
    <InfoCard
      title="Template adoption"
      subheader={`Scaffolder runs of the templates that fix checks, and what they fixed; a fix counts within ${fixWindowDays} days of a run`}
    >
      <Table size="small" aria-label="Templates">
        <TableHead>
          <TableRow>
            <TableCell>Template</TableCell>
            <TableCell align="right">Completed runs</TableCell>
            <TableCell align="right">Entities improved</TableCell>
            <TableCell align="right">Checks fixed</TableCell>
            <TableCell align="right">Median days to fix</TableCell>
            <TableCell align="right">Runs without a fix</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {templates.map(template => (
            <TableRow key={template.templateRef}>
              <TableCell>
                {/* A title read from a run; without one the link shows
                    the catalog's title for the template. */}
                <EntityRefLink
                  entityRef={template.templateRef}
                  hideIcon
                  title={
                    template.title === templateName(template.templateRef)
                      ? undefined
                      : template.title
                  }
                />
              </TableCell>
              <TableCell align="right">
                {formatCount(template.runs)}
                {template.failedRuns > 0 &&
                  ` (+${formatCount(template.failedRuns)} failed)`}
              </TableCell>
              <TableCell align="right">
                {formatCount(template.entitiesImproved)}
              </TableCell>
              <TableCell align="right">
                {formatCount(template.checksFixed)}
              </TableCell>
              <TableCell align="right">
                {medianDays(template.medianDaysToFix)}
              </TableCell>
              <TableCell align="right">
                {formatCount(template.runsWithoutFix)}
                {template.runsPending > 0 &&
                  ` (+${formatCount(template.runsPending)} pending)`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {recent.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No template has been run yet. Runs appear here once someone uses Fix
          with template.
        </Typography>
      ) : (
        <List dense aria-label="Latest runs">
          {recent.map(run => (
            <ListItem key={run.taskId} disableGutters>
              <ListItemText
                primary={describeRun(run, { fixWindowDays })}
                secondary={
                  run.entityRef ? (
                    <EntityRefLink entityRef={run.entityRef} />
                  ) : (
                    'No entity given'
                  )
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
};
