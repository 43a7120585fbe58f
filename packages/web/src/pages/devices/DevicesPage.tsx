/**
 * End-use monitoring: the map of devices and their feasible regions, a device's timeline,
 * and the queue of open alerts and commands awaiting a second officer's approval.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';
import { DevicesMap, type Device } from './DevicesMap';
import { DecisionBadge, DevicesTimeline, type Heartbeat } from './DevicesTimeline';

interface Alert {
  id: string;
  deviceId: string;
  kind: string;
  severity: string;
  message: string;
  raisedAt: string;
}
interface Command {
  id: string;
  deviceId: string;
  action: string;
  status: string;
  reason: string;
  proposedAt: string;
}

export function DevicesPage() {
  const devices = useApi<{ devices: Device[] }>('/devices');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [beatId, setBeatId] = useState<string | null>(null);
  const timeline = useApi<{ heartbeats: Heartbeat[] }>(selectedId ? `/devices/${selectedId}` : null);
  const alerts = useApi<{ alerts: Alert[] }>('/device-alerts?open=true&limit=50');
  const queue = useApi<{ commands: Command[] }>('/device-commands?status=proposed');
  const canPropose = useCan('devices:command');
  const canApprove = useCan('devices:approve');
  const submit = useSubmit();

  const list = devices.data?.devices ?? [];
  const selected = list.find((d) => d.id === selectedId) ?? null;
  const beats = selectedId ? (timeline.data?.heartbeats ?? []) : [];
  const beat = beats.find((h) => h.id === beatId) ?? beats[0];
  const serial = (id: string) => list.find((d) => d.id === id)?.serial ?? id.slice(0, 8);
  const refresh = () => {
    devices.reload();
    timeline.reload();
    alerts.reload();
    queue.reload();
  };
  const propose = (action: 'disable' | 'enable') =>
    selected &&
    submit
      .run(() =>
        api('POST', `/devices/${selected.id}/commands`, {
          body: { action, reason: `${action} requested from the devices page` },
        }),
      )
      .then(refresh);
  const approve = (id: string) => submit.run(() => api('POST', `/device-commands/${id}/approve`)).then(refresh);

  return (
    <>
      <PageHeader
        title="Devices"
        description="Controlled equipment reporting signed heartbeats. Round trips to trusted landmarks bound where each device can be; a device that cannot be at its licensed site, or can only be in a proscribed country, raises an alert."
      />
      <ErrorAlert error={devices.error ?? submit.error} title="Something went wrong" />
      {devices.loading && !devices.data ? (
        <Loading what="devices" />
      ) : (
        <DevicesMap devices={list} selected={selected} discs={beat?.verdict.discs ?? []} />
      )}

      <div className="table-wrap">
        <table className="table" aria-label="Devices">
          <thead>
            <tr>
              <th scope="col">Serial</th>
              <th scope="col">Model</th>
              <th scope="col">ECCN</th>
              <th scope="col">Licensed site</th>
              <th scope="col">State</th>
              <th scope="col">Last decision</th>
              <th scope="col">Last heartbeat</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr
                key={d.id}
                aria-selected={d.id === selectedId}
                className={d.id === selectedId ? 'selected' : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost"
                    onClick={() => {
                      setSelectedId(d.id);
                      setBeatId(null);
                    }}
                  >
                    {d.serial}
                  </button>
                </td>
                <td>{d.model}</td>
                <td className="mono">{d.eccn}</td>
                <td className="mono">{`${d.site.lat.toFixed(3)}, ${d.site.lon.toFixed(3)} ±${d.site.radiusKm} km (${d.site.country})`}</td>
                <td>
                  {d.state === 'enabled' ? <Badge tone="green">enabled</Badge> : <Badge tone="red">disabled</Badge>}
                </td>
                <td>
                  <DecisionBadge decision={d.lastDecision} />
                </td>
                <td className="nowrap mono">{d.lastHeartbeatAt ? formatTime(d.lastHeartbeatAt) : '—'}</td>
              </tr>
            ))}
            {list.length === 0 && !devices.loading && (
              <tr>
                <td colSpan={7} className="muted">
                  No devices registered yet (API: POST /api/v1/devices; CLI: dualuse device register or dualuse device
                  simulate).
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      {selected && (
        <section aria-label="Device timeline">
          <h2>Timeline of {selected.serial}</h2>
          {canPropose && (
            <p>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={submit.busy}
                onClick={() => propose(selected.state === 'enabled' ? 'disable' : 'enable')}
              >
                Propose {selected.state === 'enabled' ? 'disable' : 'enable'} (needs a second officer)
              </button>
            </p>
          )}
          {timeline.loading && !timeline.data ? (
            <Loading what="heartbeats" />
          ) : (
            <DevicesTimeline heartbeats={beats} selected={beat?.id ?? null} onSelect={setBeatId} />
          )}
        </section>
      )}

      <section aria-label="Approval queue">
        <h2>Commands awaiting approval</h2>
        {(queue.data?.commands ?? []).length === 0 ? (
          <div className="panel panel-muted">No command awaits approval.</div>
        ) : (
          <ul className="plain-list">
            {queue.data!.commands.map((c) => (
              <li key={c.id}>
                <Badge tone="amber">{c.action}</Badge> {serial(c.deviceId)} — {c.reason}{' '}
                <span className="muted">{formatTime(c.proposedAt)}</span>{' '}
                {canApprove && (
                  <button
                    type="button"
                    className="btn btn-primary"
                    disabled={submit.busy}
                    onClick={() => approve(c.id)}
                  >
                    Approve
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Open alerts">
        <h2>Open alerts</h2>
        {(alerts.data?.alerts ?? []).length === 0 ? (
          <div className="panel panel-muted">No open alert.</div>
        ) : (
          <ul className="plain-list" data-testid="device-alerts">
            {alerts.data!.alerts.map((a) => (
              <li key={a.id}>
                <Badge tone={a.severity === 'critical' ? 'red' : a.severity === 'high' ? 'amber' : 'neutral'}>
                  {a.kind}
                </Badge>{' '}
                {serial(a.deviceId)}: {a.message} <span className="muted">{formatTime(a.raisedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
