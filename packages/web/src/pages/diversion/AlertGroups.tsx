/**
 * The queue, one row per resolved counterparty: repeated alerts on one party are one line of
 * work (core alerts.ts groups them). Expanding a group shows each alert with its flags, every
 * flag with its reason and citation; "Open case" takes the group's open alerts into a case. Highest score first
 * until the reader sorts by another column (DataTable: sorting, pages, Columns menu).
 */
import { useMemo, useState } from 'react';
import { Badge } from '../../components/Badge';
import { columnsOf, DataTable } from '../../components/DataTable';
import { Link } from '../../lib/router';
import { flagTitle } from './flag-titles';
import { SEVERITY_TONE, STATUS_LABEL, type Alert, type AlertGroup } from './cases';

export function AlertFlags({ alert }: { alert: Alert }) {
  return (
    <ul className="flag-list" aria-label={`Flags of ${alert.subjectRef}`}>
      {alert.flags.map((f) => (
        <li key={f.rule + f.why} data-testid="alert-flag">
          <strong>{flagTitle(f.tag)}</strong> <span className="mono muted">{f.tag}</span>{' '}
          <span className="muted">+{f.contribution.toFixed(1)}</span> — {f.why}
          <span className="cell-sub">{f.citation}</span>
        </li>
      ))}
    </ul>
  );
}

interface GroupRow {
  g: AlertGroup;
  members: Alert[];
  open: Alert[];
  caseIds: string[];
  top: Alert;
}

function groupRow(g: AlertGroup, alerts: Map<string, Alert>): GroupRow {
  const members = g.alertIds.map((id) => alerts.get(id)).filter((a): a is Alert => !!a);
  return {
    g,
    members,
    open: members.filter((a) => a.status === 'open'),
    caseIds: [...new Set(members.map((a) => a.caseId).filter((id): id is string => !!id))],
    top: members.reduce((m, a) => (a.score > m.score ? a : m), members[0]!),
  };
}

interface Actions {
  expanded: string | undefined;
  toggle: (key: string) => void;
  canOpen: boolean;
  busy: boolean;
  onOpen: (g: AlertGroup, ids: string[]) => void;
}

const col = columnsOf<GroupRow>();
const tagsText = (g: AlertGroup) =>
  Object.entries(g.tags)
    .map(([t, n]) => `${flagTitle(t)}${n > 1 ? ` ×${n}` : ''}`)
    .join(', ');

function groupColumns(act: Actions) {
  return col.columns([
    col.accessor((r) => r.g.counterparty, {
      id: 'counterparty',
      header: 'Counterparty',
      enableHiding: false,
      cell: ({ row: { original: r } }) => (
        <>
          <strong>{r.g.counterparty}</strong>
          {r.g.country && <span className="muted"> · {r.g.country}</span>}
          <span className="cell-sub mono">{r.g.key}</span>
        </>
      ),
    }),
    col.accessor((r) => r.members.length, {
      id: 'alerts',
      header: 'Alerts',
      sortDescFirst: true,
      meta: { className: 'num mono' },
    }),
    col.accessor((r) => r.g.maxScore, {
      id: 'score',
      header: 'Top score',
      sortDescFirst: true,
      meta: { className: 'num' },
      cell: ({ row: { original: r } }) => (
        <>
          <span className="mono">{r.g.maxScore.toFixed(1)}</span>{' '}
          <Badge tone={SEVERITY_TONE[r.top.severity] ?? 'neutral'}>{r.top.severity}</Badge>
        </>
      ),
    }),
    col.accessor((r) => tagsText(r.g), { id: 'flags', header: 'Flags' }),
    col.accessor((r) => r.open.length, {
      id: 'status',
      header: 'Status',
      sortDescFirst: true,
      cell: ({ row: { original: r } }) => (
        <>
          {r.open.length > 0 && <Badge tone="amber">{`${r.open.length} open`}</Badge>}{' '}
          {r.caseIds.map((id) => (
            <Link key={id} to={`/diversion/cases/${id}`} className="nowrap">
              case {id.slice(0, 8)}
            </Link>
          ))}
        </>
      ),
    }),
    col.display({
      id: 'actions',
      header: '',
      enableHiding: false,
      meta: { className: 'nowrap', label: 'Actions' },
      cell: ({ row: { original: r } }) => <GroupActions r={r} act={act} />,
    }),
  ]);
}

function GroupActions({ r, act }: { r: GroupRow; act: Actions }) {
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        aria-expanded={act.expanded === r.g.key}
        onClick={() => act.toggle(r.g.key)}
      >
        {act.expanded === r.g.key ? 'Hide' : 'Details'}
      </button>{' '}
      {act.canOpen && r.open.length > 0 && (
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={act.busy}
          onClick={() =>
            act.onOpen(
              r.g,
              r.open.map((a) => a.id),
            )
          }
        >
          Open case
        </button>
      )}
    </>
  );
}

function GroupDetail({ r, act }: { r: GroupRow; act: Actions }) {
  return r.members.map((a) => (
    <div key={a.id} className="alert-detail" data-testid="alert-detail">
      <p>
        <strong className="mono">{a.subjectRef}</strong> <span className="muted">{a.subjectType}</span> · score{' '}
        <span className="mono">{a.score.toFixed(1)}</span>{' '}
        <Badge tone={SEVERITY_TONE[a.severity] ?? 'neutral'}>{a.severity}</Badge> · {STATUS_LABEL[a.status]}
        {act.canOpen && a.status === 'open' && r.members.length > 1 && (
          <>
            {' '}
            <button
              type="button"
              className="btn btn-ghost btn-small"
              disabled={act.busy}
              onClick={() => act.onOpen(r.g, [a.id])}
            >
              Open case for {a.subjectRef} only
            </button>
          </>
        )}
      </p>
      <AlertFlags alert={a} />
    </div>
  ));
}

export function AlertGroups({
  groups,
  alerts,
  canOpen,
  busy,
  onOpen,
}: {
  groups: AlertGroup[];
  alerts: Map<string, Alert>;
  canOpen: boolean;
  busy: boolean;
  onOpen: (g: AlertGroup, ids: string[]) => void;
}) {
  const [expanded, setExpanded] = useState<string>();
  const rows = useMemo(() => groups.map((g) => groupRow(g, alerts)), [groups, alerts]);
  const act: Actions = {
    expanded,
    toggle: (key) => setExpanded(expanded === key ? undefined : key),
    canOpen,
    busy,
    onOpen,
  };
  const columns = groupColumns(act);
  if (!groups.length) return <p className="panel panel-muted">No alert matches these filters.</p>;
  return (
    <DataTable
      label="Alert groups"
      data={rows}
      columns={columns}
      rowId={(r) => r.g.key}
      initialSort={[{ id: 'score', desc: true }]}
      rowProps={() => ({ 'data-testid': 'alert-group' })}
      detail={(r) => (expanded === r.g.key ? <GroupDetail r={r} act={act} /> : null)}
    />
  );
}
