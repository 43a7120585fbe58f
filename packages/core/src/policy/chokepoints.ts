/**
 * Chokepoints (issue 15 item 2): per supply-chain input, who supplies it — country and company
 * shares, the Herfindahl–Hirschman index (Σ share², shares in percent, 0–10,000), the coalition's
 * combined share, the share of countries of concern — and a classification. The thresholds are
 * OURS (a policy heuristic, not law): see CHOKEPOINT_THRESHOLDS.
 */
import type { Coalition } from './coalition';
import { INPUT_ENTRIES, type InputEntries } from './data/input-entries';
import type { SupplyChainData } from './supply-chain';

/**
 * OURS: an allied chokepoint when allies hold at least 75 % of the input; a dependency when countries of concern hold
 * at least 25 %.
 */
export const CHOKEPOINT_THRESHOLDS = {
  alliedAtLeast: 75,
  concernAtLeast: 25,
  label: 'ours (policy heuristic)',
} as const;

export type ChokepointClass = 'allied_chokepoint' | 'concern_dependency' | 'contested' | 'unknown';

export interface Share {
  provider: string;
  name: string;
  country?: string;
  share: number;
}

export interface Chokepoint {
  input: string;
  name: string;
  year: string | null;
  countries: Share[];
  /** "Various countries", regions: shares that name no one country. */
  unattributed: Share[];
  companies: Share[];
  companyYear: string | null;
  hhi: number | null;
  companyHhi: number | null;
  coalitionShare: number;
  concernShare: number;
  classification: ChokepointClass;
  why: string[];
  thresholds: typeof CHOKEPOINT_THRESHOLDS;
  controls: InputEntries | null;
  /**
   * Where the jurisdictions' lists treat the input differently (an entry in one, "Not used" in another; different
   * coverage).
   */
  listDifferences: string[];
  /** Shares whose size the source does not give (never counted as zero). */
  missing: string[];
}

const latest = (years: string[]) => (years.length ? years.sort().at(-1)! : null);
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const hhiOf = (s: Share[]) => (s.length ? round(s.reduce((a, x) => a + x.share * x.share, 0)) : null);

export function analyseInput(data: SupplyChainData, inputId: string, coalition: Coalition): Chokepoint {
  const input = data.inputs.get(inputId);
  if (!input) throw new Error(`input "${inputId}" is not in the imported supply-chain data`);
  const rows = data.provision.filter((p) => p.input === inputId);
  const kind = (id: string) => data.providers.get(id)!.kind;
  const missing = rows
    .filter((r) => r.share === null)
    .map((r) => `${data.providers.get(r.provider)!.name} (${r.year})`);
  const year = latest(rows.filter((r) => r.share !== null && kind(r.provider) === 'country').map((r) => r.year));
  const companyYear = latest(
    rows.filter((r) => r.share !== null && kind(r.provider) === 'organization').map((r) => r.year),
  );
  const shares = (k: 'country' | 'organization', y: string | null) =>
    rows
      .filter((r) => r.share !== null && r.year === y && kind(r.provider) === k)
      .map((r) => {
        const p = data.providers.get(r.provider)!;
        return { provider: p.id, name: p.name, ...(p.country ? { country: p.country } : {}), share: r.share! };
      })
      .sort((a, b) => b.share - a.share);
  const all = shares('country', year);
  const countries = all.filter((s) => s.country);
  const unattributed = all.filter((s) => !s.country);
  const companies = shares('organization', companyYear);
  const coalitionShare = round(countries.filter((s) => coalition.ally(s.country!)).reduce((a, s) => a + s.share, 0));
  const concernShare = round(countries.filter((s) => coalition.concern(s.country!)).reduce((a, s) => a + s.share, 0));
  const { classification, why } = classify(countries, coalitionShare, concernShare, coalition);
  return {
    input: input.id,
    name: input.name,
    year,
    countries,
    unattributed,
    companies,
    companyYear,
    hhi: hhiOf(countries),
    companyHhi: hhiOf(companies),
    coalitionShare,
    concernShare,
    classification,
    why,
    thresholds: CHOKEPOINT_THRESHOLDS,
    controls: INPUT_ENTRIES.find((m) => m.input === input.id) ?? null,
    listDifferences: differences(INPUT_ENTRIES.find((m) => m.input === input.id)),
    missing,
  };
}

function classify(countries: Share[], allied: number, concern: number, coalition: Coalition) {
  const t = CHOKEPOINT_THRESHOLDS;
  const named = (pred: (c: string) => string | undefined) =>
    countries.filter((s) => pred(s.country!)).map((s) => `${s.country} ${s.share} % (${pred(s.country!)})`);
  if (!countries.length) return { classification: 'unknown' as const, why: ['no country shares in the data'] };
  const why = [`allies hold ${allied} %: ${named(coalition.ally).join(', ') || 'none'}`];
  why.push(`countries of concern hold ${concern} %: ${named(coalition.concern).join(', ') || 'none'}`);
  if (concern >= t.concernAtLeast) {
    why.push(`concern share ≥ ${t.concernAtLeast} % (threshold ours)`);
    return { classification: 'concern_dependency' as const, why };
  }
  if (allied >= t.alliedAtLeast) {
    why.push(`allied share ≥ ${t.alliedAtLeast} % (threshold ours)`);
    return { classification: 'allied_chokepoint' as const, why };
  }
  why.push(`neither threshold reached (ours: allies ≥ ${t.alliedAtLeast} %, concern ≥ ${t.concernAtLeast} %)`);
  return { classification: 'contested' as const, why };
}

/** Every input with country or company shares, most concentrated first. */
export function analyseAll(data: SupplyChainData, coalition: Coalition): Chokepoint[] {
  const ids = new Set(data.provision.filter((p) => p.share !== null).map((p) => p.input));
  return [...ids]
    .filter((id) => data.inputs.has(id))
    .map((id) => analyseInput(data, id, coalition))
    .sort((a, b) => (b.hhi ?? -1) - (a.hhi ?? -1));
}

function differences(m: InputEntries | undefined): string[] {
  if (!m) return [];
  const out: string[] = [];
  const say = (l: InputEntries['links'][number]) =>
    l.coverage === 'none'
      ? `${l.jurisdiction} ${l.entry} does not ("${l.quote}")`
      : `${l.jurisdiction} ${l.entry} covers it (${l.coverage})`;
  for (const a of m.links)
    for (const b of m.links)
      // Each pair once, the list that covers more first.
      if (
        a !== b &&
        a.coverage !== b.coverage &&
        (b.coverage === 'none' || (a.coverage === 'full' && b.coverage === 'partial'))
      )
        out.push(`${say(a)}; ${say(b)}`);
  return out;
}
