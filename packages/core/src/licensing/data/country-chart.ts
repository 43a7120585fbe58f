/**
 * Commerce Country Chart, 15 CFR part 738, Supplement No. 1: the X marks per destination.
 *
 * Coverage and review status. The stored bis.gov text flattens the chart's X marks into runs of
 * letters, so rows cannot be read off it reliably; no tabular official source was reachable in
 * this session. The rows below rest on the columns' own definitions in part 742, which fix whole
 * columns: NS1, MT1, RS1, CB1 = every destination except Canada (742.4(a)(1), 742.5(a)(1),
 * 742.6(a)(1), 742.2(a)(1)); NS2 and RS2 = every destination except A:1-type allies
 * (742.4(a)(2), 742.6(a)(2)); AT1/AT2 = the E:1 states (742.8-742.10, 742.19). Columns that
 * depend on membership of regimes (NP1, CB2, CC1, CC3, FC1) are marked only where the reviewer is
 * confident, and `unverified` says which. A destination without a row is NOT "no X": the engine
 * treats every column as marked for it and raises an open question (fails closed).
 * Missing rows so far: most of Africa, Latin America, South and South-East Asia, the Gulf
 * except AE, and IN, IL, TW, SG, HK (HK is read as CN, 85 FR 83765).
 */
import type { ChartColumn } from '../../controls/model';

export interface ChartRow { country: string; marked: readonly ChartColumn[]; unverified?: string }

export const CHART_CITATION = '15 CFR part 738, Supplement No. 1 (Commerce Country Chart)';
/** The chart as amended by the Russia/Belarus rules of 2022 (87 FR 12226); earlier changes are not modelled. */
export const CHART_EFFECTIVE_FROM = '2015-01-01';

const ALLY: ChartColumn[] = ['CB1', 'NS1', 'MT1', 'RS1'];
const CONCERN: ChartColumn[] = ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC3'];
const EMBARGOED: ChartColumn[] = ['CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1', 'CC2', 'CC3'];
const EU27 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export const COUNTRY_CHART: readonly ChartRow[] = [
  // Canada: no X in any column (738 Supp. 1; the anchor every column definition in 742 excepts).
  { country: 'CA', marked: [] },
  // Wassenaar/NSG/AG/MTCR partners not in D or E groups.
  ...[...EU27.filter((c) => c !== 'CY'), 'GB', 'JP', 'AU', 'NZ', 'NO', 'CH', 'KR'].map((country) => ({ country, marked: ALLY })),
  ...['IS', 'LI'].map((country) => ({ country, marked: [...ALLY, 'NS2', 'RS2'] as ChartColumn[], unverified: 'not A:1: NS2/RS2 assumed marked' })),
  { country: 'CY', marked: [...ALLY, 'NS2', 'RS2'], unverified: 'Cyprus: NS2/RS2 (not A:1) — check CC columns' },
  { country: 'TR', marked: ALLY, unverified: 'Turkey: regime-membership columns' },
  { country: 'AR', marked: [...ALLY, 'FC1'], unverified: 'Argentina: FC1' },
  { country: 'MX', marked: [...ALLY, 'FC1'], unverified: 'Mexico: FC1, NS2' },
  { country: 'BR', marked: [...ALLY, 'NS2', 'RS2', 'FC1'], unverified: 'Brazil: CC1, FC1' },
  { country: 'CN', marked: CONCERN },
  { country: 'MO', marked: CONCERN, unverified: 'Macau row assumed equal to China' },
  { country: 'RU', marked: CONCERN },
  { country: 'BY', marked: CONCERN },
  { country: 'VE', marked: [...CONCERN, 'FC1'] },
  ...['AE', 'KZ', 'KG', 'AM', 'GE', 'UZ', 'TJ', 'AZ'].map((country) => ({ country, marked: ['CB1', 'CB2', 'NP1', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'CC1'] as ChartColumn[], unverified: 'CB2, NP1, CC1 marks' })),
  // E:1 states: every column including AT (742.8 Iran, 742.19 North Korea, 742.9 Syria); E:2 Cuba: no AT column, 746.2 governs.
  ...['IR', 'KP', 'SY'].map((country) => ({ country, marked: [...EMBARGOED, 'AT1', 'AT2'] as ChartColumn[], unverified: 'AT2 marks' })),
  { country: 'CU', marked: EMBARGOED },
];

const BY_COUNTRY = new Map(COUNTRY_CHART.map((r) => [r.country, r]));

/** true / false, or undefined when the destination has no transcribed row (callers fail closed). */
export function chartMarked(country: string, column: ChartColumn): boolean | undefined {
  const row = BY_COUNTRY.get(country === 'HK' ? 'CN' : country);
  return row ? row.marked.includes(column) : undefined;
}
