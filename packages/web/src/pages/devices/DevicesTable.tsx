/**
 * The devices as a table: serial (selects the device on the map and opens its timeline), model, ECCN, licensed site,
 * state, last decision and last heartbeat. Columns are declared here; sorting, pages and the Columns menu are
 * DataTable's.
 */
import { useMemo } from 'react';
import { Badge } from '../../components/Badge';
import { columnsOf, DataTable } from '../../components/DataTable';
import { formatTime } from '../../lib/format';
import type { Device } from './DevicesMap';
import { DecisionBadge } from './DevicesTimeline';

const col = columnsOf<Device>();
const site = (d: Device) =>
  `${d.site.lat.toFixed(3)}, ${d.site.lon.toFixed(3)} ±${d.site.radiusKm} km (${d.site.country})`;

function deviceColumns(onSelect: (id: string) => void) {
  return col.columns([
    col.accessor('serial', {
      header: 'Serial',
      enableHiding: false,
      cell: ({ row: { original: d } }) => (
        <button type="button" className="btn btn-ghost" onClick={() => onSelect(d.id)}>
          {d.serial}
        </button>
      ),
    }),
    col.accessor('model', { header: 'Model' }),
    col.accessor('eccn', { header: 'ECCN', meta: { className: 'mono' } }),
    col.accessor(site, { id: 'site', header: 'Licensed site', meta: { className: 'mono' } }),
    col.accessor('state', {
      header: 'State',
      cell: ({ getValue }) =>
        getValue() === 'enabled' ? <Badge tone="green">enabled</Badge> : <Badge tone="red">disabled</Badge>,
    }),
    col.accessor((d) => d.lastDecision ?? '', {
      id: 'lastDecision',
      header: 'Last decision',
      cell: ({ row: { original: d } }) => <DecisionBadge decision={d.lastDecision} />,
    }),
    // ISO timestamps sort as text in time order; a device never heard from sorts first ascending.
    col.accessor((d) => d.lastHeartbeatAt ?? '', {
      id: 'lastHeartbeat',
      header: 'Last heartbeat',
      sortDescFirst: true,
      meta: { className: 'nowrap mono' },
      cell: ({ getValue }) => (getValue() ? formatTime(getValue()) : '—'),
    }),
  ]);
}

export function DevicesTable({
  devices,
  selectedId,
  empty,
  onSelect,
}: {
  devices: Device[];
  selectedId: string | null;
  /** Loaded: an empty list means none is registered. */
  empty: boolean;
  onSelect: (id: string) => void;
}) {
  const columns = useMemo(() => deviceColumns(onSelect), [onSelect]);
  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title" className="section-title">
        Registered devices
      </h2>
      <DataTable
        label="Devices"
        data={devices}
        columns={columns}
        rowId={(d) => d.id}
        rowProps={(d) => ({
          'aria-selected': d.id === selectedId,
          className: d.id === selectedId ? 'selected' : undefined,
        })}
        empty={
          empty &&
          'No devices registered yet (API: POST /api/v1/devices; CLI: dualuse device register or dualuse device simulate).'
        }
      />
    </section>
  );
}
