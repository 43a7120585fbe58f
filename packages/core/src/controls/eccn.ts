/**
 * ECCN grammar (15 CFR 738.2(d)): digit = category 0-9, letter = product group A-E, then
 * three digits whose first says which regime the entry implements; paragraphs follow as
 * ".a.1.b" alternating letters and numbers.
 */
import { invalidInput } from '../common/errors';
import type { Regime } from './model';

const ECCN = /^([0-9])([A-E])(\d{3})$/;
const WITH_PARAGRAPH = /^([0-9][A-E]\d{3})((?:\.[a-z]{1,2}|\.\d{1,2})*)$/;

export const isEccn = (code: string): boolean => ECCN.test(code);

/** "3B001.f.1.b" → { entry: "3B001", label: "f.1.b" }; also accepts "3b001.F.1.B". */
export function parseControlCode(input: string): { entry: string; label: string } {
  const code = input.trim();
  const upper = code.slice(0, 5).toUpperCase() + code.slice(5).toLowerCase();
  const m = WITH_PARAGRAPH.exec(upper);
  if (!m) {
    // National codes (UK PL5001, EU 3A501, AU DSGL 1A001) fall through to the caller as-is.
    if (/^[A-Z0-9]{2,12}(\.[a-z0-9]{1,2})*$/i.test(code)) {
      const [entry, ...rest] = code.split('.');
      return { entry: entry!.toUpperCase(), label: rest.join('.').toLowerCase() };
    }
    throw invalidInput(`'${input}' is not a control code such as 3A090 or 3B001.f.1.b`);
  }
  return { entry: m[1]!, label: m[2]!.replace(/^\./, '') };
}

/**
 * The regime an ECCN implements. The third character is the rule of thumb of 774 Supp. 1;
 * the exceptions are US-unilateral entries numbered inside the Wassenaar range (the
 * advanced-computing entries of the Oct-2022/Oct-2023 rules, 87 FR 62186 and 88 FR 73458).
 */
const US_UNILATERAL_IN_WA_RANGE = new Set(['3A090', '4A090', '4D090', '4E091', '3B090', '3D090', '3E090']);

export function regimeOf(eccn: string): Regime | undefined {
  const m = ECCN.exec(eccn);
  if (!m) return undefined;
  if (US_UNILATERAL_IN_WA_RANGE.has(eccn)) return 'us_unilateral';
  const digits = m[3]!;
  if (digits === '999' || digits[0] === '9') return digits[1] === '0' ? 'us_unilateral' : 'us_anti_terrorism';
  switch (digits[0]) {
    // Category 0 is the nuclear category (NSG Trigger List); the Wassenaar Dual-Use List has
    // Categories 1-9 only, so 0D001/0E001 are NSG items, not Wassenaar ones (NUCLEAR_CATEGORY).
    case '0':
      return m[1] === '0' ? 'nsg' : 'wassenaar';
    case '1':
      return 'mtcr';
    case '2':
      return 'nsg';
    case '3':
      return 'australia_group';
    case '4':
      return 'cwc';
    case '5':
      return 'us_500_series';
    case '6':
      return 'us_600_series';
    default:
      return 'us_unilateral';
  }
}

/**
 * Why category-0 entries of the x0xx range are not Wassenaar items: the dual-use lists that
 * carry a Category 0 describe it as nuclear and govern its technology by the Nuclear Technology
 * Note, while the General Technology Note covers Categories 1 to 9 — the Wassenaar categories.
 * Quoted from the DSGL 2024 (F2024L01024), which numbers its dual-use list as the regimes do.
 */
export const NUCLEAR_CATEGORY = {
  quote: [
    'Category 0 — Nuclear Materials;',
    'Note: To be read in conjunction with section E of Category 0.',
    'Note: This note applies to all technology controls in Categories 1 to 9 of the Dual-Use List.',
  ],
  citation:
    'Defence and Strategic Goods List 2024 (F2024L01024), Division 2 (simplified outline) and sections 3.8 (Nuclear technology note) and 3.9 (General technology note)',
  source: 'https://www.legislation.gov.au/F2024L01024/asmade',
} as const;

/** Multilateral entries exist, under the same number, in the Wassenaar list and EU Annex I. */
export const isMultilateral = (r: Regime | undefined): boolean =>
  r === 'wassenaar' || r === 'mtcr' || r === 'nsg' || r === 'australia_group' || r === 'cwc';

/** One paragraph segment's order: a < b < ... < z < aa; 1 < 2 < 10. */
export function segmentRank(segment: string): number {
  if (/^\d+$/.test(segment)) return Number(segment);
  let n = 0;
  for (const ch of segment) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n;
}

/** The paragraph label a line starts with ("f.1.b. A light source..." → "f.1.b"), if any. */
export function leadingLabel(line: string): { label: string; rest: string } | undefined {
  const m = /^([a-z](?:\.(?:\d{1,2}|[a-z]))*)(?:\.\s+|\s+)(?=\S)(.*)$/.exec(line);
  if (!m) return undefined;
  // A bare letter must end in a dot ("a. Machine tools"), or every line starting "a " would count.
  if (!m[1]!.includes('.') && !/^[a-z]\.\s/.test(line)) return undefined;
  // "a.1" must alternate letters and numbers; "e.g." and similar prose never get here because
  // they are not followed by text at the start of a paragraph line.
  const parts = m[1]!.split('.');
  for (let i = 1; i < parts.length; i++) if (/\d/.test(parts[i]!) === /\d/.test(parts[i - 1]!)) return undefined;
  return { label: m[1]!, rest: m[2]! };
}
