/**
 * End-use monitoring: the map of devices and their feasible regions, a device's timeline,
 * and the queue of open alerts and commands awaiting a second officer's approval.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import type { Schema } from '../../api';
import { formatTime } from '../../lib/format';
import { useCan } from '../../lib/me';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { RegisterDevice } from './RegisterDevice';
import { useSubmit } from '../../lib/useSubmit';
import { DevicesMap, type Device } from './DevicesMap';
import { DevicesTable } from './DevicesTable';
import { DevicesTimeline, type Heartbeat } from './DevicesTimeline';
import { kindLabel } from './decisions';

type Alert = Schema<'DeviceAlert'>;
type Command = Schema<'DeviceCommand'>;

/** What the page shows from the loaded data: the devices, the selected one, its heartbeats and the chosen one. */
function selection(
  devices: { devices: Device[] } | undefined,
  timeline: { heartbeats: Heartbeat[] } | undefined,
  ids: { selectedId: string | null; beatId: string | null },
) {
  const list = devices?.devices ?? [];
  const selected = list.find((d) => d.id === ids.selectedId) ?? null;
  const beats = ids.selectedId ? (timeline?.heartbeats ?? []) : [];
  const beat = beats.find((h) => h.id === ids.beatId) ?? beats[0];
  const serial = (id: string) => list.find((d) => d.id === id)?.serial ?? id.slice(0, 8);
  return { list, selected, beats, beat, serial };
}

export function DevicesPage() {
  const devices = useQuery<{ devices: Device[] }>({ queryKey: ['/devices'] });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [beatId, setBeatId] = useState<string | null>(null);
  const timeline = useQuery<{ heartbeats: Heartbeat[] }>({
    queryKey: [`/devices/${selectedId}`],
    enabled: selectedId !== null,
  });
  const alerts = useQuery<{ alerts: Alert[] }>({ queryKey: ['/device-alerts?open=true&limit=50'] });
  const queue = useQuery<{ commands: Command[] }>({ queryKey: ['/device-commands?status=proposed'] });
  const canPropose = useCan('devices:command');
  const canApprove = useCan('devices:approve');
  const canRegister = useCan('devices:write');
  const submit = useSubmit();
  const invalidate = useInvalidate();

  const { list, selected, beats, beat, serial } = selection(devices.data, timeline.data, { selectedId, beatId });
  // A proposal or an approval changes the command queue, and an approved one the device's state and the dashboard.
  const refresh = () => invalidate('/devices', '/device-commands', '/device-alerts', '/dashboard');
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
      {devices.isLoading && !devices.data ? (
        <Loading what="devices" />
      ) : (
        <DevicesMap devices={list} selected={selected} discs={beat?.verdict.discs ?? []} />
      )}

      <DevicesTable
        devices={list}
        selectedId={selectedId}
        empty={!devices.isLoading}
        onSelect={(id) => {
          setSelectedId(id);
          setBeatId(null);
        }}
      />

      {canRegister && <RegisterDevice onRegistered={() => void invalidate('/devices', '/dashboard')} />}

      {selected && (
        <DeviceTimelineSection
          device={selected}
          onPropose={canPropose ? propose : undefined}
          busy={submit.busy}
          loading={timeline.isLoading && !timeline.data}
          beats={beats}
          selectedBeat={beat?.id ?? null}
          onSelectBeat={setBeatId}
        />
      )}

      <CommandQueue
        commands={queue.data?.commands ?? []}
        serial={serial}
        onApprove={canApprove ? approve : undefined}
        busy={submit.busy}
      />
      <AlertList alerts={alerts.data?.alerts ?? []} serial={serial} />
    </>
  );
}

const severityTone = (s: string) => (s === 'critical' ? 'red' : s === 'high' ? 'amber' : 'neutral');

/** Proposed commands; `onApprove` absent when the user may not approve. */
function CommandQueue({
  commands,
  serial,
  onApprove,
  busy,
}: {
  commands: Command[];
  serial: (id: string) => string;
  onApprove: ((id: string) => unknown) | undefined;
  busy: boolean;
}) {
  return (
    <section aria-label="Approval queue">
      <h2 className="section-title">Commands awaiting approval</h2>
      {commands.length === 0 ? (
        <div className="panel panel-muted">No command awaits approval.</div>
      ) : (
        <ul className="plain-list">
          {commands.map((c) => (
            <li key={c.id}>
              <Badge tone="amber">{c.action}</Badge> {serial(c.deviceId)} — {c.reason}{' '}
              <span className="muted">{formatTime(c.proposedAt)}</span>{' '}
              {onApprove && (
                <button type="button" className="btn btn-primary" disabled={busy} onClick={() => onApprove(c.id)}>
                  Approve
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AlertList({ alerts, serial }: { alerts: Alert[]; serial: (id: string) => string }) {
  return (
    <section aria-label="Open alerts">
      <h2 className="section-title">Open alerts</h2>
      {alerts.length === 0 ? (
        <div className="panel panel-muted">No open alert.</div>
      ) : (
        <ul className="plain-list" data-testid="device-alerts">
          {alerts.map((a) => (
            <li key={a.id}>
              <Badge tone={severityTone(a.severity)}>{kindLabel(a.kind)}</Badge> <strong>{serial(a.deviceId)}</strong>:{' '}
              {a.message} <span className="muted">{formatTime(a.raisedAt)}</span>
              {a.details.length > 0 && (
                <details className="alert-details">
                  <summary>details</summary>
                  <ul className="mono">
                    {a.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The selected device's heartbeats, with the two-person disable/enable proposal when the user may propose. */
function DeviceTimelineSection(props: {
  device: Device;
  onPropose: ((action: 'disable' | 'enable') => unknown) | undefined;
  busy: boolean;
  loading: boolean;
  beats: Heartbeat[];
  selectedBeat: string | null;
  onSelectBeat: (id: string) => void;
}) {
  const { device, onPropose } = props;
  const next = device.state === 'enabled' ? 'disable' : 'enable';
  return (
    <section aria-label="Device timeline">
      <h2 className="section-title">Timeline of {device.serial}</h2>
      {onPropose && (
        <p>
          <button type="button" className="btn btn-secondary" disabled={props.busy} onClick={() => onPropose(next)}>
            Propose {next} (needs a second officer)
          </button>
        </p>
      )}
      {props.loading ? (
        <Loading what="heartbeats" />
      ) : (
        <DevicesTimeline heartbeats={props.beats} selected={props.selectedBeat} onSelect={props.onSelectBeat} />
      )}
    </section>
  );
}
