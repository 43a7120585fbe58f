/**
 * The Common High Priority List (CHPL): HS-6 codes in tiers 1, 2, 3.A, 3.B, 4.A, 4.B, used by
 * the US (BIS), EU, UK and Japan to target diversion to Russia/Belarus. A red-flag list for due
 * diligence, not a licence list. Parses the shared CSV (columns tier,hs6,hs_description_short;
 * see ../shared/data/controls/bis-chpl/SOURCE.md) — all or nothing, errors name the line.
 */
import { invalidInput } from '../../common/errors';

export const CHPL_TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'] as const;
export type ChplTier = (typeof CHPL_TIERS)[number];

export interface ChplItem {
  tier: ChplTier;
  hs6: string;
  description: string;
}
export interface ChplList {
  items: ChplItem[];
  countsByTier: Record<ChplTier, number>;
}

const HEADER = 'tier,hs6,hs_description_short';
const ROW = /^([^,]+),([^,]*),(?:"((?:[^"]|"")*)"|([^,"]*))$/;

export function parseChplCsv(text: string, fileName = 'CHPL CSV'): ChplList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== HEADER)
    throw invalidInput(`${fileName} line 1: expected the header '${HEADER}', found '${(lines[0] ?? '').slice(0, 80)}'`);
  const items: ChplItem[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, i) => {
    const line = raw.trim();
    const at = `${fileName} line ${i + 2}`;
    if (!line) return;
    const m = ROW.exec(line);
    if (!m) throw invalidInput(`${at}: not 'tier,hs6,description' (${line.slice(0, 80)})`);
    const tier = m[1]!.trim();
    if (!(CHPL_TIERS as readonly string[]).includes(tier))
      throw invalidInput(`${at}: tier '${tier}' is not one of ${CHPL_TIERS.join(', ')}`);
    const hs6 = m[2]!.trim();
    if (!/^\d{6}$/.test(hs6)) throw invalidInput(`${at}: HS code '${hs6}' is not six digits`);
    if (seen.has(hs6)) throw invalidInput(`${at}: HS code ${hs6} is already listed on line ${seen.get(hs6)}`);
    seen.set(hs6, i + 2);
    items.push({ tier: tier as ChplTier, hs6, description: (m[3] ?? m[4] ?? '').replace(/""/g, '"').trim() });
  });
  if (items.length === 0) throw invalidInput(`${fileName}: no rows`);
  const countsByTier = Object.fromEntries(
    CHPL_TIERS.map((t) => [t, items.filter((x) => x.tier === t).length]),
  ) as Record<ChplTier, number>;
  return { items, countsByTier };
}

/**
 * The CHPL items a commodity code falls under. An HS/CN/HTS code of 6+ digits matches on its
 * first six digits (CN 8542 31 90 → HS 854231); a shorter heading (4 digits, "8542") lists every
 * CHPL code under it. Dots and spaces are ignored.
 */
export function lookupChpl(list: ChplList, code: string): ChplItem[] {
  const digits = code.replace(/[\s.]/g, '');
  if (!/^\d{2,10}$/.test(digits) || digits.length % 2 === 1)
    throw invalidInput(`'${code}' is not an HS/CN/HTS code (2, 4, 6, 8 or 10 digits)`, '/hs');
  const key = digits.slice(0, 6);
  return list.items.filter((x) => x.hs6.startsWith(key));
}
