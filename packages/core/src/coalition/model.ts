/**
 * The vocabulary of coalition coordination (issue 14): a licence application an exporter sends to
 * an agency, the agency's decision, the denial notice a refusal creates, and the consultation an
 * agency must hold before granting what an ally denied (Reg. (EU) 2021/821 Art. 16).
 */
import type { RefusalCriterion } from './data/refusal-criteria';

/** A control entry in one jurisdiction's numbering, e.g. { jurisdiction: 'EU', code: '2B001.a' }. */
export interface ControlEntryRef {
  jurisdiction: string;
  code: string;
}

export interface PartyRef {
  role: 'end_user' | 'consignee' | 'intermediate_consignee' | 'purchaser' | 'other';
  name: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  address?: string;
  identifiers?: { type?: string; value: string }[];
}

export interface ApplicationItem {
  description: string;
  controlEntries: ControlEntryRef[];
  quantity?: number;
  value?: number;
}

/** What an exporter submits (its determination is attached as evidence when it has one). */
export interface ApplicationInput {
  /** The agency tenant the application is addressed to. */
  agencyId: string;
  reference: string;
  destination: string;
  items: ApplicationItem[];
  parties: PartyRef[];
  endUse: string;
  /** Id of the exporter's licence determination this application is built from, if any. */
  determinationId?: string;
}

/** What an agency may decide on an application (the API's decision body and the use case read this one list). */
export const DECISION_KINDS = ['approve', 'approve_with_provisos', 'refuse'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Decision {
  kind: DecisionKind;
  provisos?: string[];
  criteria?: RefusalCriterion[];
  reason?: string;
  /** Written justification for approving despite a matching allied denial (Art. 16(5)). */
  undercutJustification?: string;
}

export type DenialStatus = 'in_force' | 'revoked';

/** A refusal as notified to partners (Art. 16(2); Wassenaar denial notification). */
export interface DenialNotice {
  id: string;
  /** The agency tenant that refused. */
  agencyId: string;
  agencyName: string;
  agencyCountry: string;
  /** The notifying government's own reference (e.g. the EU DUeS or Wassenaar number). */
  regimeRef: string;
  controlEntries: ControlEntryRef[];
  item: string;
  destination: string;
  endUse: string;
  reason: string;
  criteria: string[];
  deniedParties: PartyRef[];
  deniedOn: string;
  /** deniedOn + 3 years: Art. 16(3) "review ... within three years". */
  reviewDate: string;
  status: DenialStatus;
  /** Redactions applied when shared (field names withheld). */
  withheld?: string[];
}
