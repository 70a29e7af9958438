import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ReactNode } from 'react';
import type { ResultFilters } from '../../api';
import { DashboardFilterSelect } from '../DashboardFilterSelect';
import {
  DASHBOARD_FILTER_KEYS,
  type DashboardFilterKey,
  hasFilters,
} from './filterParams';
import { filterValueLabel } from './filterValueLabel';
import type { DashboardFilterOptions } from './useFilterOptions';

const LABELS: Record<DashboardFilterKey, string> = {
  kind: 'Kind',
  type: 'Type',
  lifecycle: 'Lifecycle',
  owner: 'Owner',
  system: 'System',
};

const MIN_WIDTHS: Record<DashboardFilterKey, number> = {
  kind: 130,
  type: 130,
  lifecycle: 140,
  owner: 180,
  system: 160,
};

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    padding: theme.spacing(1.5, 2),
  },
  actions: {
    marginLeft: 'auto',
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
}));

/** Props of {@link DashboardFilters}. */
export interface DashboardFiltersProps {
  filters: ResultFilters;
  /** The values each filter offers; empty while they load. */
  options?: DashboardFilterOptions;
  /** Why the options could not be loaded, if they could not. */
  optionsError?: Error;
  /** Loads the options again after an error. */
  onRetryOptions?: () => void;
  onChange: (key: DashboardFilterKey, values: string[]) => void;
  onClear: () => void;
  /** Buttons shown at the right end of the bar, e.g. the CSV export. */
  actions?: ReactNode;
}

/**
 * The dashboard's filter bar: kind, type, lifecycle, owner and system, each
 * a multiple choice of the values present in the results.
 */
export const DashboardFilters = ({
  filters,
  options,
  optionsError,
  onRetryOptions,
  onChange,
  onClear,
  actions,
}: DashboardFiltersProps) => {
  const classes = useStyles();
  return (
    <Paper
      className={classes.bar}
      component="section"
      aria-label="Filters"
      variant="outlined"
    >
      {DASHBOARD_FILTER_KEYS.map(key => (
        <DashboardFilterSelect
          key={key}
          id={`flexinfra-filter-${key}`}
          label={LABELS[key]}
          minWidth={MIN_WIDTHS[key]}
          options={options?.[key] ?? []}
          value={filters[key] ?? []}
          onChange={values => onChange(key, values)}
          labelOf={value => filterValueLabel(key, value)}
        />
      ))}
      {optionsError && (
        <Box
          display="flex"
          alignItems="center"
          gridGap={8}
          flexBasis="100%"
          order={1}
          role="alert"
        >
          <Typography variant="body2" color="error">
            Could not load the filter values: {optionsError.message}
          </Typography>
          {onRetryOptions && (
            <Button size="small" color="primary" onClick={onRetryOptions}>
              Retry
            </Button>
          )}
        </Box>
      )}
      <Box className={classes.actions}>
        {hasFilters(filters) && (
          <Button size="small" onClick={onClear}>
            Clear filters
          </Button>
        )}
        {actions}
      </Box>
    </Paper>
  );
};
