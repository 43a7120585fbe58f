/** Shapes of the coalition API's answers and requests, generated from the server's schemas (routes/coalition/). */
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
export type ShareKind = Schema<'ShareKind'>;
export type Withholdable = Schema<'Withholdable'>;
export type ConsultationRecord = Schema<'ConsultationRecord'>;
export type ConsultationMessage = Schema<'ConsultationMessage'>;
export type DecisionOutcome = Schema<'DecisionOutcome'>;
export type DenialRecord = Schema<'DenialRecord'>;

/** What the coalition routes accept (routes/coalition/bodies.ts). */
export type AgencyRegistration = Schema<'AgencyRegistration'>;
export type CoalitionFounding = Schema<'CoalitionFounding'>;
export type CoalitionEdit = Schema<'CoalitionEdit'>;
export type CaseStep = Schema<'CaseStep'>;
export type DecisionRequest = Schema<'DecisionRequest'>;
export type DenialAmendment = Schema<'DenialAmendment'>;
export type DenialRevocation = Schema<'DenialRevocation'>;
export type ConsultationRequest = Schema<'ConsultationRequest'>;
export type ConsultationMessageRequest = Schema<'ConsultationMessageRequest'>;
export type ConsultationClosing = Schema<'ConsultationClosing'>;
export type MatrixRequest = Schema<'MatrixRequest'>;

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
