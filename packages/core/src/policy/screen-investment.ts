/**
 * Investment screening across regimes: one answer per regime and an overall filing (the strongest),
 * with the ownership chain and the aggregated listed ownership (diversion `computeCoverage`, BIS
 * affiliates rule) as evidence.
 */
import { computeCoverage, explainCoverage, describeChain } from '../diversion/ownership';
import { ownershipListOf } from '../diversion/data/ownership-lists';
import { screenCfius, type CfiusDeps } from './cfius';
import { screenEuFdi, screenUkNsi } from './fdi-eu-uk';
import { ownershipChain, parseInvestmentCase, type ChainMember } from './investment';
import { strongest, type Filing, type RegimeAnswer } from './screening-result';

export interface InvestmentScreening {
  caseId: string;
  asOf: string;
  filing: Filing;
  regimes: RegimeAnswer[];
  chain: { id: string; name: string; country: string; interest: number; path: string[]; listed: string[] }[];
  listedOwnership: string[];
}

export function screenInvestment(input: unknown, deps: CfiusDeps): InvestmentScreening {
  const c = parseInvestmentCase(input);
  const regimes = [screenCfius(c, deps), screenEuFdi(c), screenUkNsi(c)];
  const chain = ownershipChain(c);
  for (const p of c.parties.filter((x) => x.government))
    regimes[0]!.openQuestions.push(
      `${p.name} is a foreign government: the substantial-interest declaration (800.401(b)) is not evaluated`,
    );
  return {
    caseId: c.id,
    asOf: c.date,
    filing: strongest(regimes.filter((r) => r.applies).map((r) => r.filing)),
    regimes,
    chain: chain.map((m: ChainMember) => ({
      id: m.party.id,
      name: m.party.name,
      country: m.party.country,
      interest: m.interest,
      path: m.path,
      listed: (m.party.listed ?? []).map((l) => `${l.list} ${l.entryId}`),
    })),
    listedOwnership: listedOwnership(c),
  };
}

/** Aggregate listed ownership of the acquirer under the BIS affiliates rule (50 %, in aggregate). */
function listedOwnership(c: ReturnType<typeof parseInvestmentCase>): string[] {
  const listed = c.parties
    .filter((p) => p.listed?.length)
    .map((p) => ({
      id: p.id,
      name: p.name,
      // Only Entity List / MEU listings count under the BIS rule (diversion/data/ownership-regimes.ts).
      lists: p.listed!.map((l) => ownershipListOf(l.list)).filter((l): l is string => !!l),
    }));
  if (!listed.length) return [];
  const edges = c.holdings.map((h, i) => ({ id: `h${i}`, owner: h.owner, asset: h.asset, percentage: h.percent }));
  const answer = computeCoverage(edges, listed, c.date, 'bis_affiliates_rule');
  const names = (id: string) => c.parties.find((p) => p.id === id)?.name ?? id;
  const cov = answer.covered.get(c.acquirer);
  const step = explainCoverage(answer, c.acquirer);
  if (!cov) {
    const direct = c.holdings.filter((h) => h.asset === c.acquirer && listed.some((l) => l.id === h.owner));
    const sum = direct.reduce((s, h) => s + h.percent, 0);
    return [
      `listed owners hold ${sum} % of the acquirer directly: below the 50 % of the BIS affiliates rule (${answer.regime.title}${answer.inForce ? '' : ', not in force on this date'})`,
    ];
  }
  return [
    `acquirer ${cov.covered ? 'is' : 'is not'} covered under ${answer.regime.title}${answer.inForce ? '' : ' (not in force on this date)'}: ${cov.aggregate} % held by listed or covered owners${step ? ` — ${describeChain(step, names)}` : ''}`,
  ];
}
