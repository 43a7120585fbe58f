/**
 * What the item's control-list entry says about licence exceptions: the exception line, its exclusions, the LVS limit.
 */
import { define } from './types';

/** The ECCN's licence-exception line allows the exception (`LVS`, `GBS`...) — from the control-list data. */
export const exceptionLine = define<string>()({
  kind: 'exceptionLine',
  reads: ['code', 'entry'],
  evaluate(c, ctx, e) {
    const line = ctx.facts.entry?.licenceExceptions.find((l) => l.code === c.exceptionLine);
    if (!line || line.availability === 'no')
      return {
        holds: false,
        why: !e
          ? ''
          : `${ctx.facts.entry?.code ?? ctx.facts.code ?? 'the entry'} does not allow ${c.exceptionLine}${line ? ` ("${line.text}")` : ''}`,
      };
    return {
      holds: true,
      why: !e
        ? ''
        : `${ctx.facts.entry!.code} lists ${c.exceptionLine}: "${line.text}"${line.availability === 'partial' ? ' (check which paragraphs)' : ''}`,
    };
  },
});

/**
 * The ECCN's licence-exception line excludes the item ("License Exception STA may not be used to ship any item in
 * 3A001.b.2 ...").
 */
export const exceptionLineExcludes = define<string>()({
  kind: 'exceptionLineExcludes',
  reads: ['code', 'entry'],
  evaluate(c, ctx, e) {
    const line = ctx.facts.entry?.licenceExceptions.find((l) => l.code === c.exceptionLineExcludes);
    const code = ctx.facts.code ?? '';
    if (!line || !/may not be used/i.test(line.text))
      return {
        holds: false,
        why: !e ? '' : `${ctx.facts.entry?.code ?? code} states no ${c.exceptionLineExcludes} exclusion`,
      };
    const named = mentions(line.text, code);
    return {
      holds: named,
      why: !e
        ? ''
        : `${ctx.facts.entry!.code} ${c.exceptionLineExcludes} line: "${line.text.slice(0, 200)}"${named ? '' : ` (does not name ${code})`}`,
    };
  },
});

/** The item's value is within the ECCN's LVS value limit (740.3(a)). */
export const withinLvsLimit = define<true>()({
  kind: 'withinLvsLimit',
  reads: ['code', 'entry', 'value'],
  evaluate(_c, ctx, e) {
    const limit = ctx.facts.entry?.licenceExceptions.find((l) => l.code === 'LVS')?.valueUsd;
    const value = ctx.item.value;
    if (limit === undefined || value === undefined)
      return {
        holds: false,
        why: !e ? '' : limit === undefined ? 'no LVS value limit in the entry' : 'no item value given',
      };
    return value <= limit
      ? { holds: true, why: !e ? '' : `value USD ${value} is within the LVS limit of USD ${limit}` }
      : { holds: false, why: !e ? '' : `value USD ${value} exceeds the LVS limit of USD ${limit}` };
  },
});

/**
 * Does an exclusion text name the item's paragraph or an ancestor ("3A001.b.2", "or b.3")? Without a paragraph: assume
 * yes.
 */
function mentions(text: string, code: string): boolean {
  const [entry, ...parts] = code.split('.');
  if (!parts.length) return true;
  for (let n = parts.length; n >= 1; n--) {
    const rel = parts.slice(0, n).join('.').replace(/\./g, '\\.');
    // A bare top-level letter ("a") is too common in prose: only with the entry code (9A610.a).
    const before = n === 1 ? `${entry}\\.` : `(?:${entry}\\.|^|[\\s,(])`;
    if (new RegExp(`${before}${rel}(?![.a-z0-9])`).test(text)) return true;
  }
  return false;
}
