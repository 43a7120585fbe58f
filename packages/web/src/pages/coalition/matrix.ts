/** The matrix page's request form read into a matrix request, and the server's CSV export fetched as text. */
import { ApiError } from '../../lib/api';
import { getToken } from '../../lib/session';
import type { MatrixRequest } from './types';

export interface MatrixForm {
  date: string;
  seed: boolean;
  /** One item a line: "label; US=3B001.f; EU=3B001.f". */
  items: string;
  destinations: string;
  jurisdictions: string[];
}

/** The request body: the seed, or the items typed in (each line's label is its id). */
export function matrixBody(f: MatrixForm): MatrixRequest {
  if (f.seed) return { seed: true, date: f.date };
  const items = f.items
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [label, ...codes] = line.split(';').map((x) => x.trim());
      const classification = Object.fromEntries(
        codes.filter((c) => c.includes('=')).map((c) => c.split('=').map((x) => x.trim()) as [string, string]),
      );
      return { id: label ?? line, label: label ?? line, classification };
    });
  const destinations = f.destinations
    .split(/[\s,]+/)
    .map((d) => d.trim().toUpperCase())
    .filter(Boolean);
  return { date: f.date, items, destinations, jurisdictions: f.jurisdictions };
}

/** POST /matrix?format=csv: the server's own CSV (one line a cell). */
export async function fetchMatrixCsv(body: MatrixRequest): Promise<string> {
  const token = getToken();
  const res = await fetch('/api/v1/matrix?format=csv', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok)
    throw new ApiError({ type: 'about:blank', title: 'Export failed', status: res.status, detail: text.slice(0, 300) });
  return text;
}
