import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Autocomplete, {
  createFilterOptions,
} from '@material-ui/lab/Autocomplete';
import { useMemo } from 'react';
import { formatCount } from '../DashboardFormat';

/** A value a filter can take. */
export interface FilterOption {
  /** The value sent to the backend, e.g. `group:default/payments`. */
  value: string;
  /** What the user reads, e.g. `payments`. */
  label: string;
  /** Stored results with this value, if known. */
  count?: number;
}

/** Props of {@link DashboardFilterSelect}. */
export interface DashboardFilterSelectProps {
  /** The field's id, unique on the page. */
  id: string;
  /** The field's label, e.g. "Owner". */
  label: string;
  options: readonly FilterOption[];
  /** The selected values. */
  value: readonly string[];
  onChange: (values: string[]) => void;
  /** Labels a selected value that is not among the options (e.g. from a shared link). */
  labelOf?: (value: string) => string;
  disabled?: boolean;
  /** The narrowest the field may get, in pixels; it grows to share the row. */
  minWidth?: number;
}

const useStyles = makeStyles(theme => ({
  root: {
    flex: '1 1 0',
    maxWidth: 280,
  },
  /** One line: the selection shrinks (with an ellipsis) before it wraps. */
  inputRoot: {
    flexWrap: 'nowrap',
  },
  input: {
    minWidth: '16px !important',
  },
  selection: {
    flex: '0 1 auto',
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    paddingLeft: theme.spacing(0.75),
  },
  option: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    width: '100%',
  },
}));

/** Big organisations have thousands of owners: list the first matches only. */
const filterOptions = createFilterOptions<FilterOption>({
  limit: 200,
  stringify: option => `${option.label} ${option.value}`,
});

/**
 * A multiple-choice filter field: type to narrow the options, pick as many
 * as needed (pick a chosen one again to drop it). The field stays one line:
 * it shows the first value chosen and how many more. Selected values missing
 * from the options (e.g. from a shared link) are kept.
 */
export const DashboardFilterSelect = ({
  id,
  label,
  options,
  value,
  onChange,
  labelOf = String,
  disabled,
  minWidth = 140,
}: DashboardFilterSelectProps) => {
  const classes = useStyles();
  const selected = useMemo(() => {
    const byValue = new Map(options.map(option => [option.value, option]));
    return value.map(v => byValue.get(v) ?? { value: v, label: labelOf(v) });
  }, [options, value, labelOf]);

  return (
    <Autocomplete
      id={id}
      multiple
      size="small"
      disableCloseOnSelect
      disabled={disabled}
      className={classes.root}
      classes={{ inputRoot: classes.inputRoot, input: classes.input }}
      // The bar's "Clear filters" clears them all; a value is dropped by
      // picking it again. Without a clear button the choice has more room.
      disableClearable
      style={{ minWidth }}
      options={options as FilterOption[]}
      value={selected}
      filterOptions={filterOptions}
      getOptionLabel={option => option.label}
      getOptionSelected={(option, current) => option.value === current.value}
      onChange={(_event, next) => onChange(next.map(option => option.value))}
      renderTags={tags => (
        // One line whatever the choice: the first value and how many more.
        <span
          className={classes.selection}
          title={tags.map(tag => tag.label).join(', ')}
        >
          {tags[0]?.label}
          {tags.length > 1 && ` +${tags.length - 1}`}
        </span>
      )}
      renderOption={option => (
        <span className={classes.option}>
          <span>{option.label}</span>
          {option.count !== undefined && (
            <Typography component="span" variant="body2" color="textSecondary">
              {formatCount(option.count)}
            </Typography>
          )}
        </span>
      )}
      renderInput={params => (
        <TextField {...params} variant="outlined" label={label} />
      )}
    />
  );
};
