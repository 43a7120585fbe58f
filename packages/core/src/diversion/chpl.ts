/**
 * The Common High Priority List as data: BIS publishes it as HS-6 codes in tiers
 * (BIS CHPL page, version of 23 Feb 2024; EU Annex XL to Reg. 833/2014 in CN codes).
 * The product receives it by import; this reads the `tier,hs6,...` CSV form.
 */
import { columns, parseCsv } from '../screening/formats/csv';

/** HS6 → tier ("1", "2", "3.A", ...). */
export function parseChplTiers(text: string, file = 'chpl_hs6_tiers.csv'): Map<string, string> {
  const [header, ...rows] = parseCsv(text, file);
  const col = columns(file, header, ['tier', 'hs6']);
  const out = new Map<string, string>();
  for (const r of rows) {
    const code = (r.cells[col.hs6] ?? '').replace(/[^0-9]/g, '');
    const tier = (r.cells[col.tier] ?? '').trim();
    if (code.length !== 6 || !/^[1-4](\.[AB])?$/.test(tier))
      throw new Error(
        `${file} line ${r.line}: expected a six-digit HS code and a tier 1–4, got "${r.cells[col.hs6]}" / "${tier}"`,
      );
    out.set(code, tier);
  }
  return out;
}

/** CHPL tier 1 and 2 codes only (the highest-priority items). */
export const chplTop = (chpl: Map<string, string>): Set<string> =>
  new Set([...chpl].filter(([, t]) => t === '1' || t === '2').map(([c]) => c));
