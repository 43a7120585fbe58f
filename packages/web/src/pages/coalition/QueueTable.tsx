/**
 * The agency queue's columns: reference (linking to the case), applicant, destination, control entries, end user,
 * status, days open, officer (with "Take case") and allied denials. Longest open first until the reader sorts.
 */
import { useMemo } from 'react';
import { Badge } from '../../components/Badge';
import { columnsOf, DataTable } from '../../components/DataTable';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { endUser, entriesText, statusLabel, type Application } from './types';

const DAY = 86_400_000;
const daysSince = (iso: string) => Math.floor((Date.now() - Date.parse(iso)) / DAY);
export const isOpen = (a: Application) => !a.decidedAt;
const identical = (a: Application) => a.matches.filter((m) => m.essentiallyIdentical).length;

const col = columnsOf<Application>();

function queueColumns(onTake: ((id: string) => void) | undefined) {
  return col.columns([
    col.accessor((a) => a.input.reference, {
      id: 'reference',
      header: 'Reference',
      enableHiding: false,
      cell: ({ row: { original: a } }) => (
        <>
          <Link to={`/coalition/applications/${a.id}`}>{a.input.reference}</Link>
          <div className="cell-sub">submitted {formatDate(a.submittedAt)}</div>
        </>
      ),
    }),
    col.accessor('applicantName', { header: 'Applicant' }),
    col.accessor((a) => a.input.destination, { id: 'destination', header: 'Destination' }),
    col.accessor((a) => entriesText(a.input.items), { id: 'entries', header: 'Control entries' }),
    col.accessor((a) => endUser(a.input), { id: 'endUser', header: 'End user' }),
    col.accessor((a) => statusLabel(a.status), {
      id: 'status',
      header: 'Status',
      cell: ({ row: { original: a }, getValue }) => <Badge tone={a.decidedAt ? 'neutral' : 'blue'}>{getValue()}</Badge>,
    }),
    // Sorting by days open is sorting by submission date; decided applications have no days open.
    col.accessor((a) => (isOpen(a) ? daysSince(a.submittedAt) : -1), {
      id: 'daysOpen',
      header: 'Days open',
      sortDescFirst: true,
      cell: ({ getValue }) => (
        <span title="Calendar days since submission; the case shows the clock less the days awaiting the applicant">
          {getValue() < 0 ? '—' : getValue()}
        </span>
      ),
    }),
    col.accessor((a) => a.assignedTo ?? '', {
      id: 'officer',
      header: 'Officer',
      cell: ({ row: { original: a } }) =>
        a.assignedTo ?? (
          <>
            unassigned{' '}
            {onTake && isOpen(a) && (
              <button type="button" className="btn btn-small btn-secondary" onClick={() => onTake(a.id)}>
                Take case
              </button>
            )}
          </>
        ),
    }),
    col.accessor(identical, {
      id: 'denials',
      header: 'Allied denials',
      sortDescFirst: true,
      cell: ({ getValue }) => (getValue() ? <Badge tone="red">{`${getValue()} essentially identical`}</Badge> : '—'),
    }),
  ]);
}

export function QueueTable(props: { rows: Application[]; all: boolean; onTake: ((id: string) => void) | undefined }) {
  const { onTake } = props;
  const columns = useMemo(() => queueColumns(onTake), [onTake]);
  return (
    <DataTable
      label="Agency queue"
      data={props.rows}
      columns={columns}
      rowId={(a) => a.id}
      initialSort={[{ id: 'daysOpen', desc: true }]}
      rowProps={() => ({ 'data-testid': 'queue-row' })}
      empty={`No ${props.all ? '' : 'open '}applications.`}
    />
  );
}
