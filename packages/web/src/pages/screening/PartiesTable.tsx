/**
 * One page of stored counterparties, each linking to its party page. The server pages them in the order of the
 * sorted column (name by default; GET /counterparties?sort=&order=), so a sort spans every page. Columns are declared
 * here; the pager and the Columns menu are DataTable's.
 */
import { Badge } from '../../components/Badge';
import type { SortingState } from '@tanstack/react-table';
import { columnsOf, DataTable } from '../../components/DataTable';
import { formatTime } from '../../lib/format';
import { Link } from '../../lib/router';
import type { Counterparty } from './parties';

const none = <span className="muted">—</span>;
const col = columnsOf<Counterparty>();
const columns = col.columns([
  col.accessor((c) => c.externalId ?? '', {
    id: 'externalId',
    header: 'External id',
    meta: { className: 'mono nowrap' },
    cell: ({ getValue }) => getValue() || none,
  }),
  col.accessor('name', {
    header: 'Name',
    enableHiding: false,
    cell: ({ row: { original: c } }) => (
      <>
        <Link to={`/screening/parties/${c.id}`}>
          <strong>{c.name}</strong>
        </Link>
        {c.party.aliases?.length ? <span className="cell-sub">aka {c.party.aliases.join('; ')}</span> : null}
      </>
    ),
  }),
  col.accessor((c) => (c.party.type && c.party.type !== 'unknown' ? c.party.type : ''), {
    id: 'type',
    header: 'Type',
    // The server cannot order by what is inside the stored party: sorting only this page would mislead.
    enableSorting: false,
    cell: ({ getValue }) => (getValue() ? <Badge>{getValue()}</Badge> : none),
  }),
  col.accessor((c) => (c.party.countries ?? []).join(', '), {
    id: 'countries',
    header: 'Countries',
    enableSorting: false,
    meta: { className: 'mono' },
    cell: ({ getValue }) => getValue() || none,
  }),
  col.accessor('updatedAt', {
    header: 'Updated',
    sortDescFirst: true,
    meta: { className: 'mono nowrap' },
    cell: ({ getValue }) => <span title={`${getValue()} (UTC)`}>{formatTime(getValue())}</span>,
  }),
]);

export function PartiesTable(props: {
  parties: Counterparty[];
  offset: number;
  size: number;
  total: number;
  busy: boolean;
  onOffset: (offset: number) => void;
  /** The column ids are the server's sort keys (externalId, name, updatedAt). */
  sort: SortingState;
  onSort: (next: SortingState) => void;
}) {
  const { size } = props;
  return (
    <DataTable
      label="Stored parties"
      data={props.parties}
      columns={columns}
      rowId={(c) => c.id}
      rowProps={() => ({ 'data-testid': 'party-row' })}
      server={{
        total: props.total,
        pageIndex: Math.floor(props.offset / size),
        pageSize: size,
        busy: props.busy,
        onPage: (index) => props.onOffset(index * size),
        order: 'name order',
        sort: { state: props.sort, onChange: props.onSort },
      }}
    />
  );
}
