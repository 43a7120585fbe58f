/**
 * The one list of jurisdictions whose law the engine applies: the built-in ones, then any
 * registered at start-up (`registerJurisdiction`). Everything that used to name jurisdictions —
 * the engine's loop, the stages per jurisdiction, the transaction validator's codes, the CLI's
 * help and the web form's fields — reads it.
 */
import type { LicensingRule } from '../model';
import { ALL_RULES } from '../rules';
import { BUILT_IN_JURISDICTIONS } from './builtin';
import type { JurisdictionDefinition } from './model';

const CODE = /^[A-Z]{2,3}$/;
const entries: JurisdictionDefinition[] = [...BUILT_IN_JURISDICTIONS];
const byCode = new Map(entries.map((d) => [d.code, d]));
let codes: readonly string[] = entries.map((d) => d.code);
/** The built-in rules are `ALL_RULES` itself, so that caches keyed by the rule set (staged.ts) see one object. */
let rules: readonly LicensingRule[] = ALL_RULES;

/** Why a definition cannot be registered, or nothing. */
function problems(d: JurisdictionDefinition): string[] {
  const out: string[] = [];
  if (!CODE.test(d.code)) out.push(`code '${d.code}' is not 2-3 capital letters`);
  if (byCode.has(d.code)) out.push(`jurisdiction ${d.code} is already registered`);
  if (!d.name.trim() || !d.law.trim()) out.push('name and law are required');
  if (!(d.classification.pattern instanceof RegExp)) out.push('classification.pattern must be a RegExp');
  const ids = new Set(rules.map((r) => r.id));
  for (const r of d.rules.flat()) {
    if (r.jurisdiction !== d.code) out.push(`rule ${r.id} is for ${r.jurisdiction}, not ${d.code}`);
    if (ids.has(r.id)) out.push(`duplicate licensing rule id ${r.id}`);
    ids.add(r.id);
  }
  return out;
}

/**
 * Adds a jurisdiction after the built-in ones: its determination is given with theirs, its
 * classification codes are accepted in transactions, its fields are shown by the forms.
 * Refuses (throws) a definition that would make the registry inconsistent.
 */
export function registerJurisdiction(d: JurisdictionDefinition): void {
  const bad = problems(d);
  if (bad.length) throw new Error(`cannot register jurisdiction ${d.code}: ${bad.join('; ')}`);
  entries.push(d);
  byCode.set(d.code, d);
  codes = entries.map((e) => e.code);
  rules = [...rules, ...d.rules.flat()];
}

/** Every jurisdiction, in the order determinations list them. */
export const jurisdictions = (): readonly JurisdictionDefinition[] => entries;
/** Their codes (US, EU, UK, NL, JP, AU, then any registered). */
export const licensingJurisdictions = (): readonly string[] => codes;
export const jurisdictionOf = (code: string): JurisdictionDefinition | undefined => byCode.get(code);
/** Every licensing rule of every jurisdiction, in evaluation order; the engine's default rule set. */
export const licensingRules = (): readonly LicensingRule[] => rules;
