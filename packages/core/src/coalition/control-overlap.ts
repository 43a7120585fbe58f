/**
 * Do two control entries, possibly in different jurisdictions' numbering, cover the same item?
 * The multilateral lists number alike (controls/mapping.ts): EU 2B001.a, UK 2B001.a, AU 2B001.a,
 * US 2B001.a and Wassenaar 2.B.1.a are one entry. National entries (NL 3B1001, JP provisions,
 * UK national) overlay US/regime entries through the reviewed `usCounterparts` of controls/data.
 * Two codes overlap when they reach a common entry and one paragraph contains the other.
 */
import { parseControlCode } from '../controls/eccn';
import { counterparts } from '../controls/mapping';
import { JP_SME_2023 } from '../controls/data/jp';
import { NL_NATIONAL } from '../controls/data/nl';
import { UK_NATIONAL } from '../controls/data/uk';
import type { ControlEntryRef } from './model';

export interface ControlOverlap {
  application: ControlEntryRef;
  denial: ControlEntryRef;
  /** The common entry (regime numbering), e.g. "2B001.a". */
  via: string;
  how: string;
}

const NATIONAL = [...NL_NATIONAL, ...JP_SME_2023, ...UK_NATIONAL];

/** "2.B.1.a" (Wassenaar numbering) → "2B001.a"; anything else unchanged. */
function fromWassenaar(code: string): string {
  const m = /^(\d)\.([A-E])\.(\d{1,3})((?:\.[a-z0-9]{1,2})*)$/i.exec(code);
  return m ? `${m[1]}${m[2]!.toUpperCase()}${m[3]!.padStart(3, '0')}${m[4]!.toLowerCase()}` : code;
}

interface Key {
  code: string;
  how: string;
}

/** The regime-numbered codes an entry reaches, each with how (memoised: denials repeat codes). */
const memo = new Map<string, Key[]>();
export function controlKeys(ref: ControlEntryRef): Key[] {
  const k = `${ref.jurisdiction}\u0000${ref.code}`;
  let keys = memo.get(k);
  if (!keys) {
    keys = computeKeys(ref);
    if (memo.size > 20_000) memo.clear();
    memo.set(k, keys);
  }
  return keys;
}

function computeKeys(ref: ControlEntryRef): Key[] {
  const code = fromWassenaar(ref.code);
  let parsed: { entry: string; label: string };
  try {
    parsed = parseControlCode(code);
  } catch {
    return [];
  }
  const own = parsed.label ? `${parsed.entry}.${parsed.label}` : parsed.entry;
  const keys: Key[] = [{ code: own, how: `${ref.jurisdiction} ${ref.code} is numbered as ${own}` }];
  const national = NATIONAL.find((i) => i.code === parsed.entry || i.aliases?.includes(parsed.entry));
  for (const us of national?.usCounterparts ?? [])
    keys.push({ code: us, how: `${ref.jurisdiction} ${national!.code} overlays ${us} (${national!.citation})` });
  // A US-unilateral or regime entry also reaches the national entries that overlay it.
  for (const c of safeCounterparts(own))
    if (c.relation === 'national_only' && c.code)
      keys.push({ code: c.code, how: `${own} is overlaid by ${c.jurisdiction} ${c.code} (${c.citation})` });
  return keys;
}

function safeCounterparts(code: string) {
  try {
    return counterparts(code);
  } catch {
    return [];
  }
}

const split = (code: string) => {
  const [entry, ...label] = code.split('.');
  return { entry: entry!.toUpperCase(), label: label.join('.').toLowerCase() };
};

/** Same entry, and one paragraph is the other or contains it ("2B001" contains "2B001.a"). */
function contains(a: string, b: string): boolean {
  const x = split(a);
  const y = split(b);
  if (x.entry !== y.entry) return false;
  return (
    !x.label ||
    !y.label ||
    x.label === y.label ||
    `${x.label}.`.startsWith(`${y.label}.`) ||
    `${y.label}.`.startsWith(`${x.label}.`)
  );
}

/** Every overlapping pair between an application's entries and a denial's, with how it was found. */
export function controlOverlaps(app: readonly ControlEntryRef[], denied: readonly ControlEntryRef[]): ControlOverlap[] {
  const out: ControlOverlap[] = [];
  for (const a of app)
    for (const d of denied) {
      const hit = firstCommon(controlKeys(a), controlKeys(d));
      if (hit) out.push({ application: a, denial: d, via: hit.via, how: hit.how });
    }
  return out;
}

function firstCommon(ka: Key[], kd: Key[]): { via: string; how: string } | undefined {
  for (const x of ka)
    for (const y of kd)
      if (contains(x.code, y.code))
        return { via: x.code.length >= y.code.length ? x.code : y.code, how: `${x.how}; ${y.how}` };
  return undefined;
}

/** The bare entries (no paragraph) an entry reaches: the blocking keys of the matcher's index. */
export const entryKeys = (ref: ControlEntryRef): string[] => [
  ...new Set(controlKeys(ref).map((k) => split(k.code).entry)),
];
