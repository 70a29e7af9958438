import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { WaiversOverview } from '../../api';
import { formatCount } from '../DashboardFormat';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  scroll: { overflowX: 'auto' },
  soon: { color: theme.palette.warning.dark, fontWeight: 500 },
}));

/** How many waivers the card lists. */
const LISTED = 10;

function expiresIn(days: number): string {
  if (days <= 0) {
    return 'last day today';
  }
  return days === 1 ? 'in 1 day' : `in ${days} days`;
}

/** Props of {@link DashboardWaivers}. */
export interface DashboardWaiversProps {
  waivers: WaiversOverview;
}

/**
 * The active waivers of the filtered entities: how many, how many expire
 * soon, which checks are waived most, and the soonest to expire with their
 * reasons. Waivers live in git (`flexinfra.io/waive.<check>`), so the card
 * says where to renew or drop one.
 */
export const DashboardWaivers = ({ waivers }: DashboardWaiversProps) => {
  const classes = useStyles();
  const subheader =
    waivers.active === 0
      ? 'No active waivers'
      : `${formatCount(waivers.active)} active, ${formatCount(
          waivers.expiringSoon,
        )} expiring within ${waivers.soonDays} days`;
  return (
    <InfoCard title="Waivers" subheader={subheader}>
      {waivers.active === 0 ? (
        <Typography variant="body2">
          No check is waived. A waiver is a{' '}
          <code>flexinfra.io/waive.&lt;check&gt;</code> annotation with a reason
          and an expiry date.
        </Typography>
      ) : (
        <>
          <div className={classes.chips} aria-label="Waivers by check">
            {waivers.byCheck.map(check => (
              <Chip
                key={check.checkId}
                size="small"
                label={`${check.title}: ${formatCount(check.active)}`}
              />
            ))}
          </div>
          <div className={classes.scroll}>
            <Table size="small" aria-label="Waivers expiring first">
              <TableHead>
                <TableRow>
                  <TableCell>Entity</TableCell>
                  <TableCell>Check</TableCell>
                  <TableCell>Reason</TableCell>
                  <TableCell>Expires</TableCell>
                  <TableCell>Owner</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {waivers.items.slice(0, LISTED).map(item => (
                  <TableRow key={`${item.entityRef} ${item.checkId}`}>
                    <TableCell>
                      <EntityRefLink entityRef={item.entityRef} />
                    </TableCell>
                    <TableCell>{item.checkTitle}</TableCell>
                    <TableCell>{item.reason}</TableCell>
                    <TableCell
                      className={
                        item.expiresInDays <= waivers.soonDays
                          ? classes.soon
                          : undefined
                      }
                    >
                      {item.expires} ({expiresIn(item.expiresInDays)})
                    </TableCell>
                    <TableCell>
                      {item.ownerRef ? (
                        <EntityRefLink entityRef={item.ownerRef} />
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Typography variant="caption" color="textSecondary">
            The soonest to expire, on entities you can read in the catalog. To
            renew or drop a waiver, edit the entity's annotation in git.
          </Typography>
        </>
      )}
    </InfoCard>
  );
};
