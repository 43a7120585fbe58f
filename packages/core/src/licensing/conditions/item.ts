/**
 * What the item is: its control code and whether it is listed, its HS code, the flags and
 * technical parameters the transaction states about it, and the sanctions annexes it is on.
 */
import { isUnlisted } from '../facts';
import { define } from './types';

const matchesCode = (code: string, pattern: string) => code === pattern || code.startsWith(`${pattern}.`);

/** The item's ECCN is one of these (entry "3A090" matches every paragraph; "3A090.a" its subtree). */
export const eccnIn = define<string[]>()({
  kind: 'eccnIn',
  reads: ['code'],
  evaluate(c, ctx, e) {
    const code = ctx.facts.code;
    if (!code)
      return { holds: true, why: !e ? '' : 'classification unknown: assumed to be among ' + c.eccnIn.join(', ') };
    const hit = c.eccnIn.find((p) => matchesCode(code, p) || (!code.includes('.') && p.startsWith(`${code}.`)));
    if (!hit) return { holds: false, why: !e ? '' : `${code} is not among ${c.eccnIn.join(', ')}` };
    return {
      holds: true,
      why: !e
        ? ''
        : matchesCode(code, hit)
          ? `${code} is ${hit}`
          : `${code} given without paragraph: may be ${hit} (assumed)`,
    };
  },
});

/** The item is listed on the jurisdiction's control list (not EAR99 / not unlisted). */
export const listed = define<boolean>()({
  kind: 'listed',
  reads: ['code'],
  evaluate(c, ctx, e) {
    const code = ctx.facts.code;
    if (!code) return { holds: c.listed, why: !e ? '' : 'classification unknown: assumed listed' };
    const on = !isUnlisted(code);
    return {
      holds: on === c.listed,
      why: !e ? '' : on ? `${code} is on the control list` : `${code}: not on the control list`,
    };
  },
});

/** The item's control code matches this regular expression (case-insensitive), e.g. "^ML" for UK military goods. */
export const codeMatches = define<string>()({
  kind: 'codeMatches',
  reads: ['code'],
  evaluate(c, ctx, e) {
    const code = ctx.facts.code;
    if (!code) return { holds: true, why: !e ? '' : `classification unknown: assumed to match /${c.codeMatches}/` };
    return ctx.cache.pattern(c.codeMatches).test(code)
      ? { holds: true, why: !e ? '' : `${code} matches /${c.codeMatches}/` }
      : { holds: false, why: !e ? '' : `${code} does not match /${c.codeMatches}/` };
  },
});

/**
 * The item's HS / HTS code starts with one of these prefixes (digits only); without an HS code it is assumed to, unless
 * `requireHs`.
 */
export const hsPrefixIn = define<string[], { requireHs?: true }>()({
  kind: 'hsPrefixIn',
  reads: ['hs'],
  evaluate(c, ctx, e) {
    const hs = ctx.item.hs;
    if (!hs && c.requireHs) return { holds: false, why: !e ? '' : 'no HS code given (items[].hs)' };
    if (!hs)
      return {
        holds: true,
        why: !e ? '' : `no HS code given: assumed within ${c.hsPrefixIn.join(', ')} (give items[].hs)`,
      };
    const p = c.hsPrefixIn.find((x) => hs.startsWith(x));
    return p
      ? { holds: true, why: !e ? '' : `HS ${hs} falls under ${p}` }
      : { holds: false, why: !e ? '' : `HS ${hs} is outside ${c.hsPrefixIn.join(', ')}` };
  },
});

/** A boolean fact the transaction states about the item (`made_with_us_technology`, `sta_consignee_statement`...). */
export const itemFlag = define<string>()({
  kind: 'itemFlag',
  reads: ['item_flags'],
  flags: (c) => [c.itemFlag],
  evaluate(c, ctx, e) {
    const v = (ctx.item as unknown as Record<string, unknown>)[c.itemFlag];
    return v === true
      ? { holds: true, why: !e ? '' : `${c.itemFlag} is stated` }
      : { holds: false, why: !e ? '' : `${c.itemFlag} is not stated` };
  },
});

/**
 * A technical parameter of the item has this value (`designed_for_datacenter`: false, for License
 * Exception NAC). Not stated means not shown: the condition does not hold, so an exception resting
 * on it is not applied.
 */
export const parameterIs = define<{ parameter: string; equals: string | number | boolean }>()({
  kind: 'parameterIs',
  reads: ['parameters'],
  evaluate(c, ctx, e) {
    const { parameter, equals } = c.parameterIs;
    const v = ctx.item.parameters?.[parameter];
    if (v === undefined)
      return {
        holds: false,
        why: !e ? '' : `${parameter} is not given (needed to show ${parameter} = ${String(equals)})`,
      };
    return v === equals
      ? { holds: true, why: !e ? '' : `${parameter} = ${String(v)}` }
      : { holds: false, why: !e ? '' : `${parameter} = ${String(v)}, not ${String(equals)}` };
  },
});

/** The item is stated to be on one of these sanctions annexes / schedules (`eu-833-annex-xl`, `uk-rus-sch-2a`...). */
export const sanctionsListIn = define<string[]>()({
  kind: 'sanctionsListIn',
  reads: ['sanctions_lists'],
  evaluate(c, ctx, e) {
    const on = (ctx.item.sanctions_lists ?? []).filter((x) => c.sanctionsListIn.includes(x));
    return on.length
      ? { holds: true, why: !e ? '' : `the item is stated to be on ${on.join(', ')}` }
      : { holds: false, why: !e ? '' : `the item is not stated to be on ${c.sanctionsListIn.join(' / ')}` };
  },
});
