import { InfoCard } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MaturityStage } from '@flexinfra/backstage-plugin-flexinfra-common';
import { useMemo, useState } from 'react';
import type { SummaryGroup } from '../../api';
import { DashboardTeamRow } from '../DashboardTeamRow';
import {
  type TeamSort,
  type TeamSortKey,
  buildTeamTree,
  visibleTeamRows,
} from './teamTree';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', minWidth: 880 },
  scroll: { overflowX: 'auto' },
});

const ROWS_PER_PAGE_OPTIONS = [10, 25, 50];

/** A column the rows can be sorted by. */
interface SortableColumn {
  key: TeamSortKey;
  label: string;
  width: string;
  align: 'left' | 'right';
}

const LEADING_COLUMNS: SortableColumn[] = [
  { key: 'team', label: 'Team', width: '28%', align: 'left' },
  { key: 'entities', label: 'Entities', width: '10%', align: 'right' },
];

const SCORE_COLUMNS: SortableColumn[] = [
  { key: 'averageScore', label: 'Average score', width: '14%', align: 'right' },
  { key: 'atTargetShare', label: 'At target', width: '12%', align: 'right' },
];

/** The top-level group worth opening at once: the only one, if it has teams. */
function initiallyExpanded(
  groups: readonly SummaryGroup[],
): Set<string | null> {
  const tree = buildTeamTree(groups).filter(node => node.group.key !== null);
  return new Set(
    tree.length === 1 && tree[0].children.length > 0 ? [tree[0].group.key] : [],
  );
}

/** Props of {@link DashboardTeamsTable}. */
export interface DashboardTeamsTableProps {
  /** The owner summary's groups. */
  groups: readonly SummaryGroup[];
  /** The model's stages, to name them. */
  modelStages: readonly MaturityStage[];
  /** How many days back the trend compares with. */
  trendDays: number;
  /** Why trends are not shown, when they do not apply (e.g. filtered). */
  trendUnavailableReason?: string;
}

/**
 * The teams table: a row per owning group, departments expanding into their
 * teams, with each group's entities, stage distribution, average score,
 * share at the target stage and score trend. Worst average score first by
 * default; paginated.
 */
export const DashboardTeamsTable = ({
  groups,
  modelStages,
  trendDays,
  trendUnavailableReason,
}: DashboardTeamsTableProps) => {
  const classes = useStyles();
  const tree = useMemo(() => buildTeamTree(groups), [groups]);
  const [expanded, setExpanded] = useState(() => initiallyExpanded(groups));
  const [sort, setSort] = useState<TeamSort>({
    key: 'averageScore',
    direction: 'asc',
  });
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(ROWS_PER_PAGE_OPTIONS[0]);

  const rows = useMemo(
    () => visibleTeamRows(tree, expanded, sort),
    [tree, expanded, sort],
  );
  const lastPage = Math.max(0, Math.ceil(rows.length / rowsPerPage) - 1);
  const currentPage = Math.min(page, lastPage);
  const pageRows = rows.slice(
    currentPage * rowsPerPage,
    (currentPage + 1) * rowsPerPage,
  );

  const toggle = (key: string | null) =>
    setExpanded(current => {
      const next = new Set(current);
      if (!next.delete(key)) {
        next.add(key);
      }
      return next;
    });
  const sortBy = (key: TeamSortKey) => {
    setSort(current => ({
      key,
      direction:
        current.key === key && current.direction === 'asc' ? 'desc' : 'asc',
    }));
    setPage(0);
  };

  const sortHeader = (column: SortableColumn) => (
    <TableCell
      key={column.key}
      align={column.align}
      style={{ width: column.width }}
      sortDirection={sort.key === column.key ? sort.direction : false}
    >
      <TableSortLabel
        active={sort.key === column.key}
        direction={sort.key === column.key ? sort.direction : 'asc'}
        onClick={() => sortBy(column.key)}
      >
        {column.label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <InfoCard
      title="Teams"
      subheader="Departments roll up their teams; expand a row to see them. Lowest average score first."
      noPadding
    >
      {rows.length === 0 ? (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ padding: 16 }}
        >
          No team owns a scored entity in this selection.
        </Typography>
      ) : (
        <>
          <div className={classes.scroll}>
            <Table size="small" className={classes.table} aria-label="Teams">
              <TableHead>
                <TableRow>
                  {LEADING_COLUMNS.map(sortHeader)}
                  <TableCell style={{ width: '20%' }}>Stages</TableCell>
                  {SCORE_COLUMNS.map(sortHeader)}
                  <TableCell align="right" style={{ width: '16%' }}>
                    Score trend
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pageRows.map(({ node, expanded: isExpanded }) => (
                  <DashboardTeamRow
                    key={node.group.key ?? '(none)'}
                    group={node.group}
                    depth={node.depth}
                    hasChildren={node.children.length > 0}
                    expanded={isExpanded}
                    onToggle={() => toggle(node.group.key)}
                    modelStages={modelStages}
                    trendDays={trendDays}
                    trendUnavailableReason={trendUnavailableReason}
                  />
                ))}
              </TableBody>
            </Table>
          </div>
          <TablePagination
            component="div"
            count={rows.length}
            page={currentPage}
            rowsPerPage={rowsPerPage}
            rowsPerPageOptions={ROWS_PER_PAGE_OPTIONS}
            onPageChange={(_event, next) => setPage(next)}
            onRowsPerPageChange={event => {
              setRowsPerPage(Number(event.target.value));
              setPage(0);
            }}
          />
        </>
      )}
    </InfoCard>
  );
};
