/** Shapes of the coalition API's answers, generated from the server's schemas (routes/coalition/schemas.ts). */
import type { Schema } from '../../api';

export interface Items<T> {
  items: T[];
}

export type Agency = Schema<'Agency'>;
export type Coalition = Schema<'Coalition'>;
export type ApplicationInput = Schema<'ApplicationInput'>;
export type Application = Schema<'Application'>;
export type ApplicationCase = Schema<'ApplicationCase'>;
export type ApplicationDecision = Schema<'ApplicationDecision'>;
export type ApplicationEvent = ApplicationCase['events'][number];
export type DenialMatch = Schema<'DenialMatch'>;
export type DenialNotice = Schema<'DenialNotice'>;
export type VisibleDenial = Schema<'VisibleDenialList'>['items'][number];
export type DenialDetail = Schema<'DenialDetail'>;
export type Consultation = Schema<'Consultation'>;
export type Undercut = Schema<'Undercut'>;
export type MatrixAnswer = Schema<'MatrixAnswer'>;
export type MatrixRow = MatrixAnswer['rows'][number];

/** Status words as a person reads them. */
export const STATUS_LABEL: Record<string, string> = {
  submitted: 'Submitted',
  in_review: 'In review',
  approved: 'Approved',
  refused: 'Refused',
  in_force: 'In force',
  revoked: 'Revoked',
  superseded: 'Superseded',
  open: 'Open',
  answered: 'Answered',
  closed: 'Closed',
};

export const statusLabel = (s: string): string => STATUS_LABEL[s] ?? s.replaceAll('_', ' ');

export const ROLE_LABEL: Record<string, string> = {
  end_user: 'End user',
  consignee: 'Consignee',
  intermediate_consignee: 'Intermediate consignee',
  purchaser: 'Purchaser',
  other: 'Other party',
};

/** "EU 2B001.b, WA 2.B.1.b" */
export const entriesText = (items: ApplicationInput['items']): string =>
  items.flatMap((i) => i.controlEntries.map((c) => `${c.jurisdiction} ${c.code}`)).join(', ');

export const endUser = (input: ApplicationInput): string =>
  input.parties.find((p) => p.role === 'end_user')?.name ?? input.parties[0]?.name ?? '—';
