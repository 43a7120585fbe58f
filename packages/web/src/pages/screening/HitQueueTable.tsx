/**
 * The review queue's table: one row per stored hit, newest first until the reader sorts by another column; the
 * screened party's name opens the hit. Columns are declared here; sorting, pages and the Columns menu are DataTable's.
 */
import { useMemo } from 'react';
import { Badge } from '../../components/Badge';
import { columnsOf, DataTable } from '../../components/DataTable';
import { formatTime } from '../../lib/format';
import { EntryRef, HitStatusBadge, ScoreBar } from './HitBits';
import type { HitRecord } from './types';

const col = columnsOf<HitRecord>();

function hitColumns(onOpen: (id: string) => void) {
  return col.columns([
    col.accessor((h) => h.query.name, {
      id: 'party',
      header: 'Screened party',
      cell: ({ row }) => (
        <>
          <button type="button" className="link-button" onClick={() => onOpen(row.original.id)}>
            {row.original.query.name}
          </button>
          <span className="cell-sub">{row.original.origin}</span>
        </>
      ),
    }),
    col.accessor((h) => h.explanation.matchedName, { id: 'listedName', header: 'Listed name' }),
    col.accessor('list', { header: 'List', cell: ({ getValue }) => <Badge tone="violet">{getValue()}</Badge> }),
    col.accessor((h) => h.entry.reference ?? '', {
      id: 'entry',
      header: 'Entry',
      cell: ({ row }) => <EntryRef entry={row.original.entry} id={row.original.entryId} />,
    }),
    col.accessor('score', {
      header: 'Score',
      sortDescFirst: true,
      meta: { className: 'nowrap' },
      cell: ({ getValue }) => <ScoreBar score={getValue()} />,
    }),
    col.accessor('status', { header: 'Status', cell: ({ getValue }) => <HitStatusBadge status={getValue()} /> }),
    // ISO timestamps sort as text in time order.
    col.accessor('createdAt', {
      header: 'Created',
      sortDescFirst: true,
      meta: { className: 'mono nowrap' },
      cell: ({ getValue }) => formatTime(getValue()),
    }),
  ]);
}

export function HitQueueTable({
  hits,
  selected,
  onOpen,
}: {
  hits: HitRecord[];
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  const columns = useMemo(() => hitColumns(onOpen), [onOpen]);
  return (
    <DataTable
      label="Screening hits"
      className="table-clickable"
      data={hits}
      columns={columns}
      rowId={(h) => h.id}
      initialSort={[{ id: 'createdAt', desc: true }]}
      rowProps={(h) => ({
        'aria-selected': h.id === selected,
        onClick: () => onOpen(h.id),
        'data-testid': 'queue-row',
      })}
    />
  );
}
