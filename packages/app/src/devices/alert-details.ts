/**
 * An alert's message is in words; the raw identifiers behind it (device id, nonces, landmark ids,
 * exact times) stay on the heartbeat's stored findings. This joins them back so the page can show
 * them behind "details" without a second request.
 */
import { alertKindOfFinding, FINDING_KINDS, type FindingKind } from '@dualuse/core/tracking';
import { heartbeatFindings, type AlertRow, type Orm } from '@dualuse/store';

interface StoredFinding {
  kind: string;
  message: string;
  detail?: string;
}

const isFindingKind = (k: string): k is FindingKind => (FINDING_KINDS as readonly string[]).includes(k);

/** The technical lines behind each alert, by alert id: its device id, then each finding of its kind. */
export async function alertDetails(tx: Orm, rows: readonly AlertRow[]): Promise<Map<string, string[]>> {
  const findings = await heartbeatFindings(
    tx,
    rows.flatMap((a) => (a.heartbeatId ? [a.heartbeatId] : [])),
  );
  return new Map(
    rows.map((a) => {
      const stored = ((a.heartbeatId && findings.get(a.heartbeatId)) || []) as StoredFinding[];
      const lines = stored
        .filter((f) => isFindingKind(f.kind) && alertKindOfFinding(f.kind) === a.kind)
        .map((f) => f.detail ?? f.message);
      const heartbeat = a.heartbeatId ? [`heartbeat ${a.heartbeatId}`] : [];
      return [a.id, [`device ${a.deviceId}`, ...heartbeat, ...[...new Set(lines)]]];
    }),
  );
}
