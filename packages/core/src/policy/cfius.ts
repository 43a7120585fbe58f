/**
 * US CFIUS (31 CFR part 800): is a critical-technology mandatory declaration due? Steps, each recorded:
 * (1) the target is a US business; (2) the transaction is a covered transaction — control, or a covered
 * investment affording the access, rights or involvement of 800.211(b) (else 800.304(a): not covered);
 * (3) the target deals in critical technologies — items whose ECCN is controlled for NS, CB, NP, MT, RS
 * or SL (800.215(c)); (4) for the acquirer and each foreign person holding 25 % or more of it (800.256),
 * the licensing engine is run with that person's country as the destination and the person as end
 * user: a licence required means a US regulatory authorization would be required (800.401(c)).
 */
import type { ControlEntry } from '../controls/model';
import type { PartyHit } from '../licensing/conditions';
import type { DeterminationResult } from '../licensing/model';
import type { Transaction } from '../licensing/transaction';
import { LAW } from './data/investment-law';
import { ownershipChain, type ChainMember, type InvestmentCase } from './investment';
import type { RegimeAnswer } from './screening-result';

export interface CfiusDeps {
  /** The licensing engine (`determine` with the control data and country tables of the day). */
  determine: (tx: Transaction, hits: PartyHit[]) => DeterminationResult;
  /** US control-list entry by ECCN (for the reasons for control). */
  entry: (eccn: string) => ControlEntry | undefined;
}

const CRITICAL_REASONS = ['NS', 'CB', 'NP', 'MT', 'RS', 'SL'];

export function screenCfius(c: InvestmentCase, deps: CfiusDeps): RegimeAnswer {
  const a: RegimeAnswer = {
    regime: 'US-CFIUS',
    applies: c.target.country === 'US',
    filing: 'not_required',
    evidence: [],
    law: [],
    openQuestions: [],
  };
  if (!a.applies) {
    a.evidence.push(`target is in ${c.target.country}, not a U.S. business: part 800 does not reach it`);
    return a;
  }
  const r = c.stake.rights;
  const control = !!r.control || c.stake.percent > 50;
  const access = [
    r.boardSeat && 'board seat',
    r.boardObserver && 'board observer',
    r.nonpublicTechnicalInformation && 'material nonpublic technical information (800.232)',
    r.substantiveDecisionmaking && 'involvement in substantive decisionmaking',
  ].filter(Boolean) as string[];
  if (!control && !access.length) {
    a.evidence.push(
      `${c.stake.percent} % voting interest without control and without any access, right or involvement of 800.211(b): not a covered investment (800.304(a); cf. Example 1, a 7 % passive stake)`,
    );
    a.law.push(LAW.cfiusNotCovered);
    return a;
  }
  a.evidence.push(
    control
      ? `control: ${c.stake.percent} % voting interest${r.control ? ' and control rights' : ''} (covered control transaction)`
      : `covered investment: ${access.join(', ')} (800.211(b))`,
  );
  const critical = criticalTechnologies(c, deps, a);
  if (!critical.length) {
    a.evidence.push(
      'no product of the target is a critical technology on the data given: no critical-technology mandatory declaration',
    );
    a.filing = control ? 'advisable' : 'not_required';
    if (control) a.evidence.push('a covered control transaction may still be notified voluntarily');
    return a;
  }
  a.law.push(LAW.cfiusCriticalTech, LAW.cfiusVotingInterest, LAW.cfiusMandatory);
  const chain = ownershipChain(c).filter((m) => m.interest >= 25 && m.party.country !== 'US');
  if (!chain.length) a.evidence.push('no foreign person in the chain holds 25 % or more of the acquirer (800.256)');
  let required = false;
  for (const m of chain) required = authorizationRequired(m, memberTransaction(c, m, critical), deps, a) || required;
  a.filing = required ? 'mandatory' : 'advisable';
  a.evidence.push(
    required
      ? 'a U.S. regulatory authorization would be required to export a critical technology of the target to a foreign person in the chain: mandatory declaration (800.401(c))'
      : 'no licence would be required for any foreign person in the chain: no mandatory declaration; a covered transaction in critical technologies may still be notified voluntarily',
  );
  return a;
}

function criticalTechnologies(c: InvestmentCase, deps: CfiusDeps, a: RegimeAnswer): string[] {
  const out: string[] = [];
  for (const p of c.target.products) {
    const eccn = p.classification.US;
    if (!eccn) {
      a.openQuestions.push(
        `"${p.description}" has no US classification: whether it is a critical technology is unknown`,
      );
      continue;
    }
    if (/^EAR99$/i.test(eccn)) continue;
    const entry = deps.entry(eccn.slice(0, 5).toUpperCase());
    if (!entry) {
      a.openQuestions.push(`${eccn} is not in the control data: its reasons for control are unknown`);
      continue;
    }
    const reasons = entry.reasons.filter((x) => CRITICAL_REASONS.includes(x));
    if (reasons.length) {
      a.evidence.push(
        `"${p.description}" is ${eccn}, controlled for ${reasons.join(', ')}: a critical technology (800.215(c))`,
      );
      out.push(eccn);
    }
  }
  return out;
}

/** The export the determination asks about: the target's critical technologies to one foreign person in the chain. */
function memberTransaction(c: InvestmentCase, m: ChainMember, eccns: string[]): Transaction {
  return {
    id: `${c.id}:${m.party.id}`,
    date: c.date,
    exporter: { name: c.target.name, country: 'US' },
    items: eccns.map((e) => ({ classification: { US: e }, origin: 'US' })),
    destination: m.party.country,
    parties: [{ role: 'end_user', name: m.party.name, country: m.party.country }],
    end_use: [],
    technology_release_to: null,
  };
}

function authorizationRequired(m: ChainMember, tx: Transaction, deps: CfiusDeps, a: RegimeAnswer): boolean {
  const listed = m.party.listed ?? [];
  const hits: PartyHit[] = listed.map((l) => ({
    party: 0,
    list: l.list,
    entryId: l.entryId,
    name: m.party.name,
    score: 1,
  }));
  const us = deps.determine(tx, hits).determinations.US;
  const via =
    m.path.length > 1
      ? ` (holds ${m.interest.toFixed(1)} % of the acquirer via ${m.path.join(' ← ')})`
      : ' (the acquirer)';
  const on = listed.length ? `, listed on ${listed.map((l) => `${l.list} ${l.entryId}`).join(', ')}` : '';
  if (!us) {
    a.openQuestions.push(`the licensing engine gave no US answer for ${m.party.name}`);
    return false;
  }
  const rules = us.rules.filter((x) => x.effect?.decision).map((x) => `${x.id} (${x.citation})`);
  a.evidence.push(
    `${m.party.name}, ${m.party.country}${on}${via}: licensing engine → ${us.decision}${us.authorisation ? ` under ${us.authorisation}` : ''}${rules.length ? `; rules: ${rules.join('; ')}` : ''}`,
  );
  for (const q of us.open_questions) a.openQuestions.push(`${m.party.name}: ${q}`);
  if (us.decision === 'LICENCE_EXCEPTION')
    a.openQuestions.push(
      `${m.party.name}: licence exception ${us.authorisation} — only TSU, ENC and STA (740.20(c)(1)) are named as removing the mandatory declaration (800.401(e)(6), not verified here); filing advisable`,
    );
  return us.decision === 'LICENCE_REQUIRED' || us.decision === 'PROHIBITED';
}
