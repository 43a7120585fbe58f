/**
 * A licence determination's transaction against the denials in force its tenant can see (issue 14 item 4): the
 * transaction read as the denial matcher reads an application (control entries per jurisdiction as classified,
 * parties, destination, end uses), and each match as a finding of the determination with the denying agency.
 *
 * A finding is for a person to review; it never clears or changes a decision. Reg. (EU) 2021/821 Art. 16(5) binds the
 * authority that would grant an essentially identical transaction to consult the denying state first; an exporter
 * told of such a denial is on notice of a reason its own authority may refuse.
 */
import { isUnlisted, type Classified } from '../licensing/classified';
import { licensingJurisdictions } from '../licensing/jurisdictions/registry';
import type { Transaction, TransactionParty } from '../licensing/transaction';
import type { DenialMatch, DenialMatcher } from './match';
import type { ApplicationInput, ControlEntryRef, PartyRef } from './model';

/** One denial the transaction matches, as the determination lists it. */
export interface DenialFinding {
  denialId: string;
  /** The denying agency (its tenant id and name). */
  agencyId: string;
  agencyName: string;
  /** The denial's reference (the notifying government's own, e.g. a DUeS or Wassenaar number). */
  regimeRef: string;
  /** Reg. (EU) 2021/821 Art. 16: a control entry in common and the same end user or consignee. */
  essentiallyIdentical: boolean;
  score: number;
  scoreLabel: string;
  /** One sentence per finding, in the order a case officer reads them. */
  explanation: string[];
}

type MatchInput = Pick<ApplicationInput, 'items' | 'parties' | 'destination' | 'endUse'>;

/** Party roles of a transaction in the denial model's vocabulary (which has no forwarder). */
const roleOf = (r: TransactionParty['role']): PartyRef['role'] => (r === 'forwarder' ? 'other' : r);

/** The transaction as the denial matcher reads it; items without a listed code in any jurisdiction match no entry. */
export function transactionMatchInput(tx: Transaction, classified: Classified): MatchInput {
  return {
    destination: tx.destination,
    endUse: tx.end_use.join(' '),
    items: tx.items.map((item, i) => ({
      description: item.description ?? '',
      controlEntries: controlEntriesOf(classified, i),
    })),
    parties: tx.parties.map((p) => ({
      role: roleOf(p.role),
      name: p.name,
      ...(p.country ? { country: p.country } : {}),
    })),
  };
}

function controlEntriesOf(classified: Classified, i: number): ControlEntryRef[] {
  const out: ControlEntryRef[] = [];
  for (const j of licensingJurisdictions()) {
    const { code } = classified.item(i, j);
    if (code && !isUnlisted(code)) out.push({ jurisdiction: j, code });
  }
  return out;
}

/** The denials in force on the transaction date that the transaction matches, best first. */
export function denialFindings(matcher: DenialMatcher, tx: Transaction, classified: Classified): DenialFinding[] {
  return matcher.match(transactionMatchInput(tx, classified), tx.date).map(findingOf);
}

const findingOf = (m: DenialMatch): DenialFinding => ({
  denialId: m.denialId,
  agencyId: m.agencyId,
  agencyName: m.agencyName,
  regimeRef: m.regimeRef,
  essentiallyIdentical: m.essentiallyIdentical,
  score: m.score,
  scoreLabel: m.scoreLabel,
  explanation: m.explanation,
});

/** The warning a finding adds to the determination, so that no reader takes the decisions as the whole answer. */
export function denialWarning(f: DenialFinding): string {
  const what = f.essentiallyIdentical ? 'an essentially identical transaction' : 'a similar transaction';
  const consult = f.essentiallyIdentical
    ? `; an authority must consult ${f.agencyName} before granting it (Reg. (EU) 2021/821 Art. 16(5))`
    : '';
  return `${f.agencyName} denied ${what} (denial ${f.regimeRef}, score ${f.score}, ours): a finding to review, not cleared by this determination${consult}`;
}
