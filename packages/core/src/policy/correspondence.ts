/**
 * Control-list entries → HS codes, as cited data the user supplies (there is no official one-to-one
 * correspondence: an ECCN describes a capability, an HS code a kind of goods). CSV layout:
 *   entry,hs6,source,quote
 * Every row carries the source it rests on and the passage quoted from it; a draft control naming an
 * entry with no row is refused ("unknown"), never guessed. The CHPL, a published HS-6 list, is the other
 * way to name items (its tiers: diversion `parseChplTiers`).
 */
import { columns, parseCsv } from '../screening/formats/csv';

export interface Correspondence {
  entry: string;
  hs6: string;
  source: string;
  quote: string;
}

export function parseCorrespondence(text: string, file = 'correspondence.csv'): Correspondence[] {
  const [header, ...rows] = parseCsv(text, file);
  const col = columns(file, header, ['entry', 'hs6', 'source', 'quote']);
  return rows.map((r) => {
    const c = r.cells;
    const entry = (c[col.entry] ?? '').trim();
    const hs6 = (c[col.hs6] ?? '').replace(/[.\s]/g, '');
    const source = (c[col.source] ?? '').trim();
    const quote = (c[col.quote] ?? '').trim();
    if (!/^[0-9][A-E]\d{3}(\.[a-z0-9]{1,3})*$/i.test(entry) && !/^[A-Z0-9.-]{2,20}$/i.test(entry))
      throw new Error(`${file} line ${r.line}: entry "${entry}" is not a control-list entry code`);
    if (!/^\d{6}$/.test(hs6)) throw new Error(`${file} line ${r.line}: hs6 "${c[col.hs6]}" is not six digits`);
    if (!source || quote.length < 10)
      throw new Error(`${file} line ${r.line}: every correspondence needs its source and a quoted passage`);
    return { entry, hs6, source, quote };
  });
}
