/**
 * Turns an item description as sent by a user (`{"parameters": {...}, "description": "..."}`)
 * into typed values in canonical units, plus the derived quantities the regulations define
 * (TPP, performance density, MRF, memory bandwidth density). Every refusal names the
 * parameter by JSON Pointer and says what was expected.
 */
import { distance } from 'fastest-levenshtein';
import { DomainError } from '../../common/errors';
import { PARAMETER_BY_NAME, PARAMETERS, type ParameterDef } from './catalog';
import { readDescription, type InferredFact, type UnresolvedCue } from './describe';
import { parameterLabel as L } from './labels';

export type Value = number | boolean | readonly string[];
export interface Derivation {
  param: string;
  value: number;
  formula: string;
  citation: string;
}

export interface ItemValues {
  values: ReadonlyMap<string, Value>;
  /** Parameters the user gave (not derived), for "in play" checks. */
  given: ReadonlySet<string>;
  derivations: Derivation[];
  warnings: string[];
  description?: string;
  /** Values read from the description (product heuristics, shown with their words); explicit parameters win. */
  inferred: InferredFact[];
  /** Parameters the description pointed two ways on: nothing inferred, the user is asked. */
  unresolved: UnresolvedCue[];
}

export interface ParseOptions {
  /** Read parameters the description states (default true); false: parameters only. */
  inferFromDescription?: boolean;
}

export interface ItemInput {
  parameters?: Record<string, unknown>;
  description?: string;
}

interface Issue {
  in: 'body';
  pointer: string;
  message: string;
}

type Fail = (pointer: string, message: string) => void;

export function parseItem(input: unknown, options: ParseOptions = {}): ItemValues {
  const issues: Issue[] = [];
  const fail: Fail = (pointer, message) => issues.push({ in: 'body', pointer, message });
  const { parameters, description } = checkShape(input, fail);
  const values = readParameters(parameters, fail);
  checkFrequencyOrder(values, fail);
  if (issues.length) throw refuse(issues);
  const reading =
    options.inferFromDescription !== false && description?.trim()
      ? readDescription(description, new Set(values.keys()))
      : { inferred: [], unresolved: [] };
  const inferred = reading.inferred.filter((f) => {
    const value = coerce(PARAMETER_BY_NAME.get(f.param)!, f.value, '/description', () => undefined);
    if (value !== undefined) values.set(f.param, value);
    return value !== undefined;
  });
  const given = new Set(values.keys());
  const { derivations, warnings } = derive(values);
  return {
    values,
    given,
    derivations,
    warnings,
    ...(description?.trim() ? { description: description.trim() } : {}),
    inferred,
    unresolved: reading.unresolved,
  };
}

/** The envelope: an object with "parameters" (an object) and an optional "description" (a string). */
function checkShape(input: unknown, fail: Fail): { parameters: Record<string, unknown>; description?: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw refuse([{ in: 'body', pointer: '', message: 'send an object {"parameters": {...}, "description": "..."}' }]);
  const { parameters = {}, description } = input as ItemInput;
  for (const key of Object.keys(input))
    if (key !== 'parameters' && key !== 'description')
      fail(`/${key}`, `unknown field '${key}'; an item has "parameters" and "description"`);
  if (description !== undefined && typeof description !== 'string')
    fail('/description', 'description must be a string');
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
    throw refuse([{ in: 'body', pointer: '/parameters', message: 'parameters must be an object of name → value' }]);
  if (Object.keys(parameters).length === 0 && !description?.trim())
    fail('/parameters', 'give at least one parameter (see GET /api/v1/classify/parameters) or a description');
  return { parameters, ...(description === undefined ? {} : { description }) };
}

function readParameters(parameters: Record<string, unknown>, fail: Fail): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const [name, raw] of Object.entries(parameters)) {
    const pointer = `/parameters/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    const def = PARAMETER_BY_NAME.get(name);
    if (!def) {
      const near = suggest(name);
      fail(pointer, `unknown parameter '${name}'${near ? ` (did you mean '${near}'?)` : ''}`);
      continue;
    }
    const value = coerce(def, raw, pointer, fail);
    if (value !== undefined) values.set(name, value);
  }
  return values;
}

function checkFrequencyOrder(values: ReadonlyMap<string, Value>, fail: Fail): void {
  const fMin = values.get('frequency_min_ghz'),
    fMax = values.get('frequency_max_ghz');
  if (typeof fMin === 'number' && typeof fMax === 'number' && fMin > fMax)
    fail(
      '/parameters/frequency_min_ghz',
      `frequency_min_ghz ${round(fMin)} GHz is above frequency_max_ghz ${round(fMax)} GHz`,
    );
}

function coerce(def: ParameterDef, raw: unknown, pointer: string, fail: Fail): Value | undefined {
  if (def.type === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    return void fail(pointer, `${def.name} must be true or false, got ${JSON.stringify(raw)}`);
  }
  if (def.type === 'enum') return coerceEnum(def, raw, pointer, fail);
  const quantity = unwrapQuantity(def, raw, pointer, fail);
  return quantity && checkNumber(def, quantity, pointer, fail);
}

function coerceEnum(def: ParameterDef, raw: unknown, pointer: string, fail: Fail): Value | undefined {
  const list =
    typeof raw === 'string'
      ? [raw]
      : Array.isArray(raw) && raw.length > 0 && raw.every((v) => typeof v === 'string')
        ? (raw as string[])
        : undefined;
  if (!list)
    return void fail(
      pointer,
      `${def.name} must be one of ${def.values!.join(', ')} (or a list of them), got ${JSON.stringify(raw)}`,
    );
  const bad = list.filter((v) => !def.values!.includes(v));
  if (bad.length)
    return void fail(pointer, `${def.name} '${bad.join("', '")}' is not one of ${def.values!.join(', ')}`);
  return list;
}

/** A bare number is in the canonical unit; `{ value, unit }` names another accepted unit. */
function unwrapQuantity(
  def: ParameterDef,
  raw: unknown,
  pointer: string,
  fail: Fail,
): { n: unknown; factor: number } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { n: raw, factor: 1 };
  const { value, unit, ...extra } = raw as { value?: unknown; unit?: unknown };
  if (Object.keys(extra).length)
    return void fail(
      pointer,
      `a quantity is {"value": number, "unit": "${def.unit}"}; unexpected ${Object.keys(extra).join(', ')}`,
    );
  const units = def.units ?? (def.unit ? { [def.unit]: 1 } : {});
  if (typeof unit !== 'string' || !Object.hasOwn(units, unit)) {
    return void fail(
      `${pointer}/unit`,
      `unknown unit ${JSON.stringify(unit)} for ${def.name}; use one of ${Object.keys(units).join(', ')}`,
    );
  }
  return { n: value, factor: units[unit]! };
}

function checkNumber(
  def: ParameterDef,
  { n, factor }: { n: unknown; factor: number },
  pointer: string,
  fail: Fail,
): Value | undefined {
  if (typeof n !== 'number' || !Number.isFinite(n))
    return void fail(pointer, `${def.name} must be a number in ${def.unit}, got ${JSON.stringify(n)}`);
  if (def.type === 'integer' && !Number.isInteger(n))
    return void fail(pointer, `${def.name} must be a whole number of ${def.unit}, got ${n}`);
  const min = def.min ?? 0;
  if (def.exclusiveMin ? n <= min : n < min)
    return void fail(
      pointer,
      `${def.name} must be ${def.exclusiveMin ? 'greater than' : 'at least'} ${min} ${def.unit ?? ''}, got ${n}`.trim(),
    );
  return n * factor;
}

/** Quantities the regulation defines from others; a given value wins, a clash is reported. */
function derive(values: Map<string, Value>): { derivations: Derivation[]; warnings: string[] } {
  const derivations: Derivation[] = [];
  const warnings: string[] = [];
  const num = (k: string) => (typeof values.get(k) === 'number' ? (values.get(k) as number) : undefined);
  const put = (param: string, value: number, formula: string, citation: string) => {
    const given = num(param);
    if (given !== undefined) {
      if (Math.abs(given - value) > 0.01 * Math.max(Math.abs(given), Math.abs(value)))
        warnings.push(`${L(param)} given as ${given} but ${formula} = ${round(value)}; using the given value`);
      return;
    }
    values.set(param, value);
    derivations.push({ param, value: round(value), formula, citation });
  };
  const tops = num('dense_tops'),
    bits = num('bit_length');
  if (tops !== undefined && bits !== undefined)
    put(
      'tpp',
      tops * bits,
      `${L('dense_tops')} ${tops} × ${L('bit_length')} ${bits}`,
      "15 CFR 774 Supp. 1, 3A090 Technical Note 2 ('TPP' = 2 × MacTOPS × bit length)",
    );
  const tpp = num('tpp'),
    die = num('die_area_mm2');
  if (tpp !== undefined && die !== undefined)
    put(
      'performance_density',
      tpp / die,
      `${L('tpp')} ${round(tpp)} / ${L('die_area_mm2')} ${die} mm²`,
      "15 CFR 774 Supp. 1, 3A090 Technical Note 3 ('performance density' = TPP / applicable die area)",
    );
  const bw = num('memory_bandwidth_gbps'),
    pkg = num('package_area_mm2');
  if (bw !== undefined && pkg !== undefined)
    put(
      'memory_bandwidth_density',
      bw / pkg,
      `${L('memory_bandwidth_gbps')} ${bw} GB/s / ${L('package_area_mm2')} ${pkg} mm²`,
      '15 CFR 774 Supp. 1, Technical Note 1 to 3A090.c',
    );
  const wl = num('wavelength_nm'),
    na = num('numerical_aperture');
  if (wl !== undefined && na !== undefined)
    put(
      'mrf_nm',
      (0.25 * wl) / na,
      `0.25 × ${L('wavelength_nm')} ${wl} nm / ${L('numerical_aperture')} ${na}`,
      '15 CFR 774 Supp. 1, 3B001 Technical Note 1 to f.1.b (MRF = K × λ / NA, K = 0.25)',
    );
  const fLow = num('frequency_min_ghz'),
    fHigh = num('frequency_max_ghz');
  if (fLow !== undefined && fHigh !== undefined)
    put(
      'fractional_bandwidth_percent',
      (200 * (fHigh - fLow)) / (fHigh + fLow),
      `(${L('frequency_max_ghz')} ${fHigh} GHz − ${L('frequency_min_ghz')} ${fLow} GHz) / centre frequency ${round((fHigh + fLow) / 2)} GHz × 100`,
      '15 CFR 772.1, "fractional bandwidth" (instantaneous bandwidth / centre frequency, in %); the rated range is taken as the instantaneous bandwidth',
    );
  return { derivations, warnings };
}

export const round = (v: number): number => Math.round(v * 1000) / 1000;

function suggest(name: string): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of PARAMETERS) {
    const score = p.name.startsWith(name) || name.startsWith(p.name) ? 0 : distance(name, p.name);
    if (score < bestScore) [best, bestScore] = [p.name, score];
  }
  return bestScore <= Math.max(3, name.length / 3) ? best : undefined;
}

function refuse(issues: Issue[]): DomainError {
  const detail = issues.map((i) => `${i.pointer || '(root)'}: ${i.message}`).join('; ');
  return new DomainError('invalid_input', `invalid item: ${detail}`, {
    pointer: issues[0]!.pointer || '/',
    errors: issues,
  });
}
