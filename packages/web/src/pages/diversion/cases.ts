/**
 * The alert queue and cases over the API (server routes diversion-records.ts and
 * diversion-cases.ts document these shapes): imports that raise alerts, the queue grouped by
 * resolved counterparty, cases opened from alerts and their events.
 */
import { api } from '../../lib/api';
import type { Chpl } from './score';

export interface AlertFlag {
  tag: string;
  why: string;
  citation: string;
  rule: string;
  weight: number;
  contribution: number;
  fields: string[];
}

export type Severity = 'none' | 'low' | 'medium' | 'high';

export interface Alert {
  id: string;
  subjectType: 'shipment' | 'payment';
  subjectRef: string;
  score: number;
  severity: Severity | string;
  flags: AlertFlag[];
  counterparty: { key: string; name: string; country: string | null };
  status: 'open' | 'in_case' | 'closed';
  caseId: string | null;
  batchId: string;
  createdAt: string;
}

export interface AlertGroup {
  key: string;
  counterparty: string;
  country: string | null;
  alertIds: string[];
  maxScore: number;
  tags: Record<string, number>;
  open: number;
}

export interface Actor {
  type?: string;
  id?: string;
  name?: string;
  role?: string;
}

export interface Case {
  id: string;
  title: string;
  status: 'open' | 'closed';
  assignee: string | null;
  counterpartyKey: string | null;
  decision: 'cleared' | 'declined' | 'reported' | null;
  decisionReason: string | null;
  openedBy: Actor | null;
  openedAt: string;
  closedAt: string | null;
}

export interface CaseEvent {
  id: string;
  kind: 'opened' | 'note' | 'evidence' | 'assign' | 'close';
  body: Record<string, unknown>;
  actor: Actor | null;
  at: string;
}

export interface CaseDetail {
  case: Case;
  alerts: Alert[];
  events: CaseEvent[];
}

export type CaseEventBody =
  | { kind: 'note'; text: string }
  | { kind: 'evidence'; description: string; url?: string; ref?: string }
  | { kind: 'assign'; assignee: string }
  | { kind: 'close'; decision: 'cleared' | 'declined' | 'reported'; reason: string };

export interface ImportResult {
  batch: { id: string; kind: string; fileName: string; format: string; records: number; alerts: number };
  results: { id: string; alert: boolean; score: number; severity: string }[];
}

export const importRecords = (kind: 'shipments' | 'payments', fileName: string, content: string, chpl?: Chpl) =>
  api<ImportResult>('POST', `/diversion/${kind}/import`, {
    body: { fileName, content, ...(chpl ? { chpl: chpl.rows } : {}) },
  });

export const openCase = (alertIds: string[], title?: string) =>
  api<CaseDetail>('POST', '/diversion/cases', { body: { alertIds, ...(title ? { title } : {}) } });

export const addEvent = (id: string, event: CaseEventBody) =>
  api<CaseDetail>('POST', `/diversion/cases/${id}/events`, { body: event });

export const SEVERITY_TONE: Record<string, 'red' | 'amber' | 'blue' | 'neutral'> = {
  high: 'red',
  medium: 'amber',
  low: 'blue',
  none: 'neutral',
};
export const STATUS_LABEL: Record<Alert['status'], string> = { open: 'open', in_case: 'in a case', closed: 'closed' };

export const actorName = (a: Actor | null | undefined): string => a?.name ?? a?.id ?? 'unknown';
