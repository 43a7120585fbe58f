/** What the regulations API answers (packages/server/src/routes/regulations/schemas.ts). */
export type FactSource = 'imported' | 'curated' | 'history' | 'unknown';

export interface CellFact {
  /** true: X; false: blank; null: not known. */
  marked: boolean | null;
  source: FactSource;
  citation: string;
  quote?: string;
  note?: string;
}

export interface RegulationVersion {
  id: string;
  contentDate: string;
  format: string;
  sourceUrl: string | null;
  sourceFiles: string[];
  contentHash: string;
  warnings: string[];
  importedAt: string;
}

export interface ChartView {
  asOf: string;
  version: RegulationVersion | null;
  caveats: string[];
  columns: string[];
  rows: { country: string; name: string; footnotes: number[]; cells: Record<string, CellFact> }[];
  footnotes: { number: number; text: string }[];
}

export interface GroupsView {
  asOf: string;
  version: RegulationVersion | null;
  caveats: string[];
  groups: string[];
  rows: { country: string; groups: string[]; source: string; note?: string }[];
  notes: string[];
}

export interface StatusView {
  asOf: string;
  jurisdictions: {
    jurisdiction: string;
    destinations: number;
    chartCells: Record<FactSource, number>;
    curatedWithQuote: number;
    warnings: number;
  }[];
  warnings: string[];
}

export const SOURCE_LABEL: Record<FactSource, string> = {
  imported: 'imported',
  curated: 'curated overlay',
  history: 'modelled history',
  unknown: 'unknown',
};

export const markText = (c: CellFact): string => (c.marked === null ? '?' : c.marked ? 'X' : '');

/** The hover text of a cell: what it says, where that comes from, the quoted passage and note. */
export function cellSource(c: CellFact): string {
  const what =
    c.marked === null ? 'not known (determinations fail closed)' : c.marked ? 'X (licence required)' : 'blank (no X)';
  return [
    `${what} — ${SOURCE_LABEL[c.source]}`,
    `Source: ${c.citation}`,
    c.quote ? `Quote: “${c.quote}”` : '',
    c.note ? `Note: ${c.note}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Matches a destination by ISO code or part of its name. */
export const matchesCountry = (filter: string, code: string, name: string): boolean => {
  const f = filter.trim().toLowerCase();
  return !f || code.toLowerCase() === f || name.toLowerCase().includes(f);
};
