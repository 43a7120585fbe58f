/**
 * The EAR's country tables as imported data: the Commerce Country Chart (15 CFR part 738,
 * Supplement No. 1) and the Country Groups (15 CFR part 740, Supplement No. 1). A version is
 * what one official source states on one content date, nothing more: a column the source does
 * not capture is listed in `notCaptured`, never read as blank. Facts the source cannot state
 * come from the curated overlay (overlay.ts), each with its citation, and are shown as such.
 */
import { CHART_COLUMNS, type ChartColumn } from '../controls/model';

export { CHART_COLUMNS };
export type { ChartColumn };

/** The groups of Supplement No. 1 to part 740, in the supplement's order. */
export const EAR_GROUPS = [
  'A:1',
  'A:2',
  'A:3',
  'A:4',
  'A:5',
  'A:6',
  'B',
  'D:1',
  'D:2',
  'D:3',
  'D:4',
  'D:5',
  'E:1',
  'E:2',
] as const;
export type EarGroup = (typeof EAR_GROUPS)[number];
export const isEarGroup = (v: string): v is EarGroup => (EAR_GROUPS as readonly string[]).includes(v);

export const CHART_CITATION = '15 CFR part 738, Supplement No. 1 (Commerce Country Chart)';
export const GROUPS_CITATION = '15 CFR part 740, Supplement No. 1 (Country Groups)';

export interface ChartRowData {
  /** ISO 3166-1 alpha-2 (XK for Kosovo). */
  country: string;
  /** The destination's name as the chart spells it ("Korea, North"). */
  name: string;
  footnotes: number[];
  /** Columns with an X. */
  marks: ChartColumn[];
  /** Text of a row that refers elsewhere instead of marking columns (e.g. "See part 746 ..."). */
  referral?: string;
}

export interface GroupRowData {
  country: string;
  groups: EarGroup[];
}

/** The source a version was read from. */
export interface TablesSource {
  format: 'ecfr-xml' | 'ecfr-csv';
  /** Where the source can be fetched (the eCFR versioner API), or the file names read. */
  url?: string;
  files: string[];
  sha256: string;
}

/** One version of the EAR country tables, as stored (jsonb) and hashed. */
export interface EarTablesData {
  jurisdiction: 'US';
  /** The eCFR content date the tables state. */
  contentDate: string;
  source: TablesSource;
  chart: ChartRowData[];
  /** Chart columns the source does not capture for any row (the CSV: AT1, AT2). */
  notCaptured: ChartColumn[];
  footnotes: { number: number; text: string }[];
  groups: GroupRowData[];
  groupNotes: string[];
  /** Invariant findings of the import (invariants.ts): reported, never fixed. */
  warnings: string[];
}

/** Where a fact shown or used came from. */
export type FactSource = 'imported' | 'curated' | 'history' | 'unknown';

export interface CellFact {
  /** undefined: not known (the engine fails closed and asks). */
  marked: boolean | undefined;
  source: FactSource;
  citation: string;
  quote?: string;
  note?: string;
}
