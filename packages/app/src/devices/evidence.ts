/**
 * Recorded heartbeats as evidence (issue 18 item 6; docs/protocol/heartbeat-v1.md §11): an investigator loads a
 * device's heartbeats as they were sent (JSON lines or a JSON array), and each record is verified offline against
 * the tenant's registered device and landmark keys. Nothing is stored but the audit record of the check (the
 * file's hash and the counts), so the same file checked twice gives the same answer.
 */
import { createHash } from 'node:crypto';
import { authorise, invalidInput, type Principal } from '@dualuse/core';
import {
  verifyRecordedHeartbeats,
  type EvidenceDevice,
  type EvidenceReport,
  type LandmarkKey,
} from '@dualuse/core/tracking';
import { inTenant, listDeviceRows, listLandmarkRows } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { nodeVerifier } from './crypto';

export interface EvidenceFile {
  /** The file's name, for the audit record and messages. */
  name: string;
  text: string;
}

export interface EvidenceResult extends EvidenceReport {
  file: { name: string; sha256: string; records: number };
}

/** At most this many records in one file: a fleet's year of hourly heartbeats is far below it. */
export const MAX_EVIDENCE_RECORDS = 1_000_000;

export async function verifyHeartbeatEvidence(
  ctx: AppContext,
  p: Principal,
  file: EvidenceFile,
  requestId: string | null = null,
): Promise<EvidenceResult> {
  authorise(p, 'devices:read');
  const records = readRecords(file);
  const sha256 = createHash('sha256').update(file.text).digest('hex');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const devices = new Map<string, EvidenceDevice>(
      (await listDeviceRows(tx)).map((d) => [
        d.id,
        { id: d.id, publicKey: d.publicKey, startingCounter: d.startingCounter },
      ]),
    );
    const landmarks = new Map<string, LandmarkKey>(
      (await listLandmarkRows(tx)).map((l) => [
        l.id,
        { id: l.id, name: l.name, lat: l.lat, lon: l.lon, publicKey: l.publicKey },
      ]),
    );
    const report = verifyRecordedHeartbeats({ devices, landmarks, records }, nodeVerifier);
    await record(tx, ctx, p, {
      action: 'device.evidence_verify',
      subject: { type: 'file', id: sha256 },
      details: {
        file: file.name,
        records: records.length,
        accepted: report.accepted,
        rejected: report.rejected,
        findingCounts: report.findingCounts,
      },
      requestId,
    });
    return { ...report, file: { name: file.name, sha256, records: records.length } };
  });
}

/**
 * A JSON array of heartbeats, or one heartbeat per line (JSON lines). A line that is not JSON is kept as a record
 * that fails to parse, so it is reported with its line number and the rest are still verified.
 */
function readRecords(file: EvidenceFile): unknown[] {
  const text = file.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw invalidInput(`${file.name} holds no heartbeats`, '/text');
  const records = text.trimStart().startsWith('[') ? parseArray(file.name, text) : parseLines(text);
  if (records.length > MAX_EVIDENCE_RECORDS)
    throw invalidInput(
      `${file.name} holds ${records.length} records; at most ${MAX_EVIDENCE_RECORDS} per check`,
      '/text',
    );
  return records;
}

function parseArray(name: string, text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
  } catch (e) {
    throw invalidInput(`${name} starts like a JSON array but is not valid JSON: ${(e as Error).message}`, '/text');
  }
  throw invalidInput(`${name} must be a JSON array of heartbeats or JSON lines`, '/text');
}

function parseLines(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return { unreadableLine: line.slice(0, 80) };
      }
    });
}
