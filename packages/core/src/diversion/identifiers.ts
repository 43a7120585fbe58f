/**
 * Identifiers in an item's free text (RED-FLAGS #25, BIS red flag 12): manufacturer part numbers, tariff codes and IC
 * family (model) names, read out of the description and the separate part-number field alike. Relabelled goods often
 * keep the real part number in the description ("100 pcs TI-TPS7A4901DGNR, spare parts") while the declared HS code and
 * the part-number field say something else; the CHPL re-classification (checks.ts `chpl_to_countries`,
 * `missing_contract_clause`) and the wrong-HS rule (checks-extra.ts `hs_mismatch`) read what this finds, and every hit
 * is shown in the flag.
 *
 * How a part number is read (documented in docs/diversion-identifiers.md):
 *  1. the text is cut into tokens at spaces and , ; ( ) [ ] " ' — a token keeps its - . / : _;
 *  2. a label glued in front ("P/N:", "MPN:"), a manufacturer glued in front ("TI-", "ST:", "Xilinx:", "ADI_"), a
 *     quantity glued after ("x50", "×50", "*50", "/50PCS") and a plural or possessive ending ("STM32F407s",
 *     "IRF540N's") are dropped; what is left must have no lower-case letter;
 *  3. a distributor's numeric prefix ("511-"), a Digi-Key "-ND" and an ordering suffix after "#" ("#PBF") are dropped;
 *  4. what remains, upper-cased and without separators, must be at least 4 characters with a letter and a digit,
 *     and is a part number only if it starts with a prefix of PART_NUMBER_HEADINGS (longest prefix wins). A tariff code
 * needs its label ("HS", "HTS", "CN", "TARIC", "tariff", optionally "code"/"no."/"heading"): a bare number is a
 * quantity or a price as often as a code. A family name matches as a whole word.
 */
import { normaliseText } from '../screening/matching/index';
import { PART_NUMBER_HEADINGS } from './data/item-hints';
import {
  DISTRIBUTOR_PREFIX,
  DISTRIBUTOR_SUFFIX,
  MANUFACTURER_PREFIXES,
  MODEL_FAMILY_HEADINGS,
  TARIFF_CODE_LABELS,
} from './data/identifiers';
import type { Item } from './model';

export type IdentifierKind = 'part_number' | 'hs_code' | 'model';

export interface Extracted {
  kind: IdentifierKind;
  /** The field it was read from, e.g. `items[2].description`. */
  field: string;
  /** The text as written. */
  text: string;
  /** The part number without wrappers, the code's digits, or the family name. */
  value: string;
  /** HS headings (4 digits) it points to; for a tariff code of 6+ digits also `hs6`. */
  headings: string[];
  hs6?: string;
  /** How it was read ("prefix STM32", "labelled HS code", "IC family name"). */
  basis: string;
}

const PREFIXES = Object.keys(PART_NUMBER_HEADINGS).sort((a, b) => b.length - a.length);
const MAKER = new RegExp(`^(?:${MANUFACTURER_PREFIXES.join('|')})[-:_/]`, 'i');
const LABEL = TARIFF_CODE_LABELS.map((l) => l.replace(/\./g, '\\.')).join('|');
const TARIFF = new RegExp(
  `(?<![A-Za-z])(?:${LABEL})(?:\\s*(?:code|no\\.?|number|heading|subheading|classification))?\\s*[:#.]?\\s*(\\d{4}(?:[ .]?\\d{2}){0,4})(?!\\d)`,
  'gi',
);
/** "CN" and "tariff" also stand for other things ("made in CN 2024"): with them a code needs six digits. */
const SHORT_OK = /^(?:hs|h\.s\.|hts)/i;

/** A part-number label glued on ("P/N:", "PN:", "MPN:") and a quantity glued after ("x50", "×50", "*50", "/50PCS"). */
const LABEL_GLUED = /^(?:M?P\/?N|MPN|PART(?:\s*NO)?)[:#.]/i;
const QUANTITY_GLUED = /(?:[x×*]\d+(?:pcs?|units?)?|\/\d+\s*PCS?)$/;
/** An ordering suffix after "#" ("LTC2208IUP#PBF", "#TRPBF": lead-free finish, tape and reel) is not the part. */
const ORDERING_SUFFIX = /#[A-Z0-9]+$/;

/** One token as a part number, or undefined (steps 2–4 above). */
export function readPartNumber(token: string): { value: string; prefix: string } | undefined {
  let t = token
    .replace(/[.:;!?]+$/, '')
    .replace(LABEL_GLUED, '')
    .replace(MAKER, '')
    .replace(QUANTITY_GLUED, '');
  const plural = /^(.*[0-9A-Z])(?:'s|’s|s)$/.exec(t);
  if (plural && !/[a-z]/.test(plural[1]!)) t = plural[1]!;
  if (/[a-z]/.test(t)) return undefined;
  t = t.replace(DISTRIBUTOR_PREFIX, '').replace(DISTRIBUTOR_SUFFIX, '').replace(ORDERING_SUFFIX, '');
  const value = t.replace(/[^A-Z0-9]/g, '');
  if (value.length < 4 || !/[A-Z]/.test(value) || !/[0-9]/.test(value)) return undefined;
  const prefix = PREFIXES.find((p) => value.startsWith(p));
  return prefix ? { value, prefix } : undefined;
}

/**
 * Every identifier in one text: tariff codes, then part numbers (in reading order), then family names; duplicates (same
 * kind and value) once.
 */
export function extractIdentifiers(text: string, field: string): Extracted[] {
  const out: Extracted[] = [];
  for (const m of text.matchAll(TARIFF)) {
    const digits = m[1]!.replace(/[^0-9]/g, '');
    if (digits.length < 6 && !SHORT_OK.test(m[0])) continue;
    out.push({
      kind: 'hs_code',
      field,
      text: m[0].trim(),
      value: digits,
      headings: [digits.slice(0, 4)],
      ...(digits.length >= 6 ? { hs6: digits.slice(0, 6) } : {}),
      basis: 'labelled tariff code',
    });
  }
  for (const token of text.split(/[\s,;()[\]"']+/)) {
    const pn = readPartNumber(token);
    if (pn)
      out.push({
        kind: 'part_number',
        field,
        text: token,
        value: pn.value,
        headings: PART_NUMBER_HEADINGS[pn.prefix]!,
        basis: `part-number prefix ${pn.prefix}`,
      });
  }
  const words = ` ${normaliseText(text)} `;
  for (const [family, headings] of Object.entries(MODEL_FAMILY_HEADINGS)) {
    if (words.includes(` ${family} `))
      out.push({ kind: 'model', field, text: family, value: family, headings, basis: 'IC family name' });
  }
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(`${e.kind}|${e.value}`) && !!seen.add(`${e.kind}|${e.value}`));
}

/** Identifiers of one item: its part-number field, then its description. */
export function itemIdentifiers(item: Item, i: number): Extracted[] {
  const out: Extracted[] = [];
  if (item.manufacturerPartNumber) {
    const field = `items[${i}].manufacturerPartNumber`;
    const pn = readPartNumber(item.manufacturerPartNumber.trim().toUpperCase());
    if (pn)
      out.push({
        kind: 'part_number',
        field,
        text: item.manufacturerPartNumber,
        value: pn.value,
        headings: PART_NUMBER_HEADINGS[pn.prefix]!,
        basis: `part-number prefix ${pn.prefix}`,
      });
  }
  if (item.description) {
    const known = new Set(out.map((e) => e.value));
    out.push(
      ...extractIdentifiers(item.description, `items[${i}].description`).filter(
        (e) => !(e.kind === 'part_number' && known.has(e.value)),
      ),
    );
  }
  return out;
}

/** "part number TI-TPS7A4901DGNR (items[0].description, part-number prefix TPS) → HS 8542". */
export const describeExtracted = (e: Extracted): string =>
  `${e.kind === 'hs_code' ? 'tariff code' : e.kind === 'model' ? 'model' : 'part number'} "${e.text}" (${e.field}, ${e.basis}) → HS ${e.hs6 ?? e.headings.join('/')}`;
