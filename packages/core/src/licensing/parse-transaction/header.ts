/** Step 1 of `parseTransaction`: who, when and where to (id, date, destination, exporter). */
import type { Transaction } from '../transaction';
import { isObject, type Issues } from './issues';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Header = Partial<Pick<Transaction, 'id' | 'date' | 'destination' | 'exporter'>>;

export function parseHeader(input: Record<string, unknown>, issues: Issues): Header {
  const id = issues.str(input.id, '/id', true);
  const date = issues.str(input.date, '/date', true);
  if (date !== undefined && (!DATE.test(date) || Number.isNaN(Date.parse(date))))
    issues.fail('/date', `'${date}' is not an ISO date YYYY-MM-DD`);
  const destination = issues.country(input.destination, '/destination', true);
  return { id, date, destination, exporter: parseExporter(input.exporter, issues) };
}

function parseExporter(raw: unknown, issues: Issues): Transaction['exporter'] | undefined {
  if (!isObject(raw)) {
    issues.fail('/exporter', 'is required: {"name": ..., "country": "US"}');
    return undefined;
  }
  issues.unknownKeys(raw, '/exporter', ['name', 'country']);
  const name = issues.str(raw.name, '/exporter/name', false);
  return { ...(name ? { name } : {}), country: issues.country(raw.country, '/exporter/country', true) ?? '' };
}
