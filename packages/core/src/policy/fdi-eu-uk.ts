/**
 * EU FDI screening (Reg. (EU) 2019/452) and the UK National Security and Investment Act 2021.
 * The EU Regulation sets a framework and factors (Art. 4) but no filing duty of its own: filing duties
 * are national, and no member state's mechanism is modelled here — so an EU target with Annex I items
 * and a third-country investor is "advisable", with the national duty an open question (fail closed,
 * visibly). The UK Act makes acquisitions notifiable in 17 sectors; the military and dual-use sector is
 * read here as holding items on the UK control lists (Sch. 12, not verified: see data/investment-law).
 */
import { EU_MEMBERS } from './draft-control';
import { LAW } from './data/investment-law';
import { ownershipChain, type InvestmentCase } from './investment';
import type { RegimeAnswer } from './screening-result';

const isEu = (c: string) => (EU_MEMBERS as readonly string[]).includes(c);
const listedCode = (code: string | undefined) => !!code && !/^(unlisted|EAR99)$/i.test(code);

export function screenEuFdi(c: InvestmentCase): RegimeAnswer {
  const a: RegimeAnswer = {
    regime: 'EU-FDI',
    applies: isEu(c.target.country),
    filing: 'not_required',
    evidence: [],
    law: [],
    openQuestions: [],
  };
  if (!a.applies) {
    a.evidence.push(`target is in ${c.target.country}, not an EU member state`);
    return a;
  }
  const foreign = ownershipChain(c).filter((m) => !isEu(m.party.country));
  if (!foreign.length) {
    a.evidence.push(
      'every person in the acquirer’s chain is from an EU member state: not a foreign direct investment (Art. 2(1)–(2))',
    );
    return a;
  }
  a.evidence.push(
    `third-country investors in the chain: ${foreign.map((m) => `${m.party.name} (${m.party.country}, ${m.interest.toFixed(1)} %)`).join(', ')}`,
  );
  const dualUse = c.target.products.filter((p) => listedCode(p.classification.EU));
  const unknown = c.target.products.filter((p) => !p.classification.EU);
  for (const p of unknown)
    a.openQuestions.push(
      `"${p.description}" has no EU classification: whether it is an Annex I dual-use item is unknown`,
    );
  a.law.push(LAW.euFdiFactors);
  if (!dualUse.length) {
    a.filing = unknown.length ? 'unknown' : 'not_required';
    a.evidence.push(
      'no product on Annex I to Reg. (EU) 2021/821 on the data given: the Art. 4(1)(b) dual-use factor does not apply',
    );
    return a;
  }
  a.evidence.push(
    `Annex I dual-use items: ${dualUse.map((p) => `"${p.description}" ${p.classification.EU}`).join(', ')} — Art. 4(1)(b) factor (dual-use items, Reg. 2021/821 Art. 2(1))`,
  );
  a.filing = 'advisable';
  a.openQuestions.push(
    `the national screening mechanism of ${c.target.country} is not modelled: whether a filing there is mandatory is unknown`,
  );
  return a;
}

const THRESHOLDS = [25, 50, 75];

export function screenUkNsi(c: InvestmentCase): RegimeAnswer {
  const a: RegimeAnswer = {
    regime: 'UK-NSI',
    applies: c.target.country === 'GB',
    filing: 'not_required',
    evidence: [],
    law: [],
    openQuestions: [],
  };
  if (!a.applies) {
    a.evidence.push(
      `target is in ${c.target.country}, not the UK (activities in or supplies to the UK of a foreign target are not evaluated)`,
    );
    return a;
  }
  const listed = c.target.products.filter((p) => listedCode(p.classification.UK));
  for (const p of c.target.products.filter((x) => !x.classification.UK))
    a.openQuestions.push(
      `"${p.description}" has no UK classification: whether the target is in the military and dual-use sector is unknown`,
    );
  a.law.push(LAW.ukNsiSectors);
  if (!listed.length) {
    a.filing = a.openQuestions.length ? 'unknown' : 'not_required';
    a.evidence.push(
      'no product on the UK control lists: not in the military and dual-use sector (Sch. 12) on the data given',
    );
    return a;
  }
  a.evidence.push(
    `military and dual-use sector: ${listed.map((p) => `"${p.description}" ${p.classification.UK}`).join(', ')} (Sch. 12, read as the UK control lists)`,
  );
  a.law.push(LAW.ukNsiThresholds);
  const before = c.stake.before ?? 0;
  const crossed = THRESHOLDS.filter((t) => before <= t && c.stake.percent > t);
  if (crossed.length || c.stake.rights.blockResolutions) {
    a.filing = 'mandatory';
    a.evidence.push(
      crossed.length
        ? `votes/shares go from ${before} % to ${c.stake.percent} %, passing ${crossed.map((t) => `${t} %`).join(', ')}: a notifiable acquisition (s. 8, s. 14)`
        : 'votes acquired enable or prevent the passage of a class of resolution: a notifiable acquisition (s. 8(5), s. 14)',
    );
    return a;
  }
  a.evidence.push(
    `votes/shares ${before} % → ${c.stake.percent} %: no threshold of more than 25 %, 50 % or 75 % passed`,
  );
  if (c.stake.rights.boardSeat || c.stake.rights.control) {
    a.filing = 'advisable';
    a.evidence.push(
      'board or control rights may amount to material influence (s. 8(8)): not notifiable, but a voluntary notification (s. 18) is advisable',
    );
  }
  return a;
}
