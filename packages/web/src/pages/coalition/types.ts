/**
 * Shapes of the coalition API's answers (server routes/coalition, use cases app/coalition). The domain parts —
 * application input, denial notice, match, matrix row, criteria — are core's own types; the envelopes around them
 * (stored rows with their dates as ISO strings) are restated here because the coalition routes declare their
 * responses as open objects, so schema.d.ts carries no shape for them yet.
 */
import type {
  ApplicationInput,
  ConsultationStatus,
  DenialMatch,
  DenialNotice,
  MatrixRequest,
  MatrixRow,
  RefusalCriterion,
} from '@dualuse/core/coalition';

export type { ApplicationInput, DenialMatch, DenialNotice, MatrixRow, RefusalCriterion };

export interface Items<T> {
  items: T[];
}

export interface Agency {
  tenantId: string;
  name: string;
  country: string;
  keyId: string | null;
  createdAt: string;
}

export interface CoalitionMember {
  coalitionId: string;
  memberId: string;
  acceptedAt: string | null;
}

export interface Coalition {
  id: string;
  tenantId: string;
  name: string;
  shares: string[];
  withheld: string[];
  consultationDays: number;
  createdAt: string;
  members: CoalitionMember[];
}

export interface ApplicationDecision {
  kind: 'approve' | 'approve_with_provisos' | 'refuse';
  provisos?: string[];
  criteria?: RefusalCriterion[] | string[];
  reason?: string;
  licence?: string;
  decidedBy?: string;
  undercutJustification?: string;
}

export interface Application {
  id: string;
  tenantId: string;
  agencyId: string;
  reference: string;
  status: string;
  input: ApplicationInput;
  matches: DenialMatch[];
  assignedTo: string | null;
  countersignedBy: string | null;
  decision: ApplicationDecision | null;
  decidedAt: string | null;
  submittedAt: string;
}

export interface ApplicationEvent {
  id: string;
  kind: string;
  body: { text?: string; advice?: string; assigned?: string };
  author: string;
  createdAt: string;
}

export interface ApplicationCase extends Application {
  events: ApplicationEvent[];
  clock: { elapsedDays: number; stoppedDays: number; awaitingApplicant: boolean };
}

export interface VisibleDenial {
  notice: DenialNotice;
  shareId?: string;
  coalitionId?: string;
}

export interface DenialRecord {
  id: string;
  regimeRef: string;
  revision: number;
  notice: DenialNotice;
  status: string;
  deniedOn: string;
  reviewDate: string;
  createdBy: string;
  createdAt: string;
}

export interface DenialDetail extends DenialRecord {
  history: DenialRecord[];
}

export interface ConsultationMessage {
  id: string;
  kind: string;
  body: string;
  author: string;
  createdAt: string;
}

export interface Consultation {
  id: string;
  tenantId: string;
  counterpartId: string;
  applicationId: string;
  denialRef: string;
  deadline: string;
  status: ConsultationStatus;
  outcome: string | null;
  createdAt: string;
  role: 'consulting' | 'denying';
  overdue: boolean;
  messages: ConsultationMessage[];
}

export interface Undercut {
  approvingAgency: { name: string; country: string };
  regimeRef: string;
  justification: string;
  approvedOn: string;
  notifyBy: string;
  explanation: string[];
  addressedToMe: boolean;
  publishedAt: string;
}

export interface MatrixAnswer {
  request: MatrixRequest;
  rows: MatrixRow[];
}

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
