import Avatar from '@material-ui/core/Avatar';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 0),
  },
  number: {
    flexShrink: 0,
    backgroundColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
  },
}));

/** One entry of a {@link NumberedList}. */
export interface NumberedListItem {
  number: number;
  title: string;
  description: string;
}

/** Props of {@link NumberedList}. */
export interface NumberedListProps {
  /** The list's accessible name. */
  label: string;
  items: readonly NumberedListItem[];
}

/**
 * An ordered list of numbered steps, such as maturity stages or DORA levels:
 * the number in a badge, then the title and a one-line description.
 */
export const NumberedList = ({ label, items }: NumberedListProps) => {
  const classes = useStyles();
  return (
    <ol className={classes.list} aria-label={label}>
      {items.map(item => (
        <li key={item.number} className={classes.item}>
          <Avatar className={classes.number}>{item.number}</Avatar>
          <div>
            <Typography variant="subtitle2" component="div">
              {item.title}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {item.description}
            </Typography>
          </div>
        </li>
      ))}
    </ol>
  );
};
