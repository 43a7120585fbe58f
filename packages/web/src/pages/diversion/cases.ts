/**
 * The alert queue and cases over the API (types generated from the server routes
 * diversion/records.ts and diversion/cases.ts): imports that raise alerts, the queue grouped by
 * resolved counterparty, cases opened from alerts and their events.
 */
import type { Schema } from '../../api';
import { api } from '../../lib/api';
import type { Chpl } from './score';

export type Alert = Schema<'DiversionAlert'>;
export type AlertFlag = Alert['flags'][number];
export type Severity = 'none' | 'low' | 'medium' | 'high';
export type AlertGroup = Schema<'DiversionAlertQueueGroup'>;
export type Actor = Schema<'Actor'>;
export type Case = Schema<'DiversionCase'>;
export type CaseEvent = Schema<'DiversionCaseHistoryEvent'>;
export type CaseDetail = Schema<'DiversionCaseDetail'>;
export type CaseEventBody = Schema<'DiversionCaseEvent'>;
export type ImportResult = Schema<'DiversionImportResult'>;

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
