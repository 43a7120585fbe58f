/** What the regulations API answers: generated from packages/server/src/routes/regulations/schemas.ts. */
import type { Schema } from '../../api';

export type CellFact = Schema<'ChartCellFact'>;
export type FactSource = CellFact['source'];
export type RegulationVersion = Schema<'RegulationVersion'>;
export type ChartView = Schema<'CountryChart'>;
export type GroupsView = Schema<'CountryGroups'>;
export type StatusView = Schema<'RegulationsStatus'>;

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
