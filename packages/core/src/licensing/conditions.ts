/**
 * Evaluates a rule's condition (data, see `RuleCondition` in model.ts) against one item of a
 * transaction, and says why it holds or not in words a compliance officer can check.
 * Where the data cannot answer (no chart row, no US-content figure) the condition is taken to
 * hold — so a requirement fires rather than silently not — and an open question is raised.
 */
import type { EarTables } from '../regulations/tables';
import { isUnlisted, type ItemFacts } from './facts';
import type { RuleCondition } from './model';
import type { Transaction, TransactionItem } from './transaction';

export interface PartyHit {
  /** Index of the party in the transaction. */
  party: number;
  list: string;
  listVersion?: string;
  entryId: string;
  name: string;
  score: number;
  licenseRequirement?: string;
  licensePolicy?: string;
  /**
   * 'open': a possible match no officer has decided yet — never a finding: the requirement applies
   * as a licence requirement and the determination asks for the review. 'true_match': confirmed by
   * an officer. Absent: the caller states the hit as a fact (e.g. a listed party named by the user).
   */
  review?: 'open' | 'true_match';
}

export interface EvalContext {
  tx: Transaction;
  item: TransactionItem;
  facts: ItemFacts;
  /** The destination for this jurisdiction (a foreign national's citizenship for a US deemed export). */
  destination: string;
  asOf: string;
  hits: readonly PartyHit[];
  open: string[];
  /** The EAR Country Chart and Country Groups version the determination uses (regulations/). */
  tables: EarTables;
}

export interface ConditionOutcome {
  holds: boolean;
  why: string;
  hits?: PartyHit[];
}
/** Evaluates and explains. */
export const evaluate = (c: RuleCondition, ctx: EvalContext): ConditionOutcome => test(c, ctx, true);

const KINDS = new WeakMap<RuleCondition, string>();
const CONDITION_KINDS = new Set([
  'all',
  'any',
  'not',
  'destinationIn',
  'exporterIn',
  'originIn',
  'partyCountryIn',
  'eccnIn',
  'listed',
  'chartColumn',
  'partyOnList',
  'endUseIn',
  'hsPrefixIn',
  'usContentAboveDeMinimis',
  'itemFlag',
  'exceptionLine',
  'exceptionLineExcludes',
  'withinLvsLimit',
  'knows',
  'contractClause',
  'sanctionsListIn',
  'codeMatches',
  'releaseToNotIn',
  'parameterIs',
  'partyOwnedByListed',
  'regionIn',
  'usContentEccnMatches',
]);
const PATTERNS = new Map<string, RegExp>();

const matchesCode = (code: string, pattern: string) => code === pattern || code.startsWith(`${pattern}.`);

/**
 * Memoisation support (the engine keeps the memo, per rule set in force on a date). A kind in
 * PLACE_KINDS reads from the context nothing but the date and what `placeKey` holds (destination,
 * exporter, origin, release, HS code, control code and list entry); one in STATED_KINDS nothing
 * but that and what `statedKey` adds (end uses, knowledge, contract clauses, sanctions annexes,
 * region, and the item flags the rules name); partyOnList reads only its own data when no party
 * was hit. A condition made only of such kinds has one outcome per key, and a batch re-uses it,
 * explanation included. A kind added to either set must read nothing else. Open questions it
 * raises must depend on the key too (the engine raises them again on every re-use).
 */
const PLACE_KINDS = new Set([
  'destinationIn',
  'exporterIn',
  'originIn',
  'releaseToNotIn',
  'hsPrefixIn',
  'eccnIn',
  'listed',
  'codeMatches',
  'chartColumn',
  'exceptionLine',
  'exceptionLineExcludes',
]);
const STATED_KINDS = new Set(['endUseIn', 'knows', 'contractClause', 'sanctionsListIn', 'regionIn', 'itemFlag']);

/**
 * Which key a condition's outcome is a function of: 1 `placeKey`, 2 `statedKey`, 3 `statedKey`
 * when no party was hit (partyOnList), 0 none. Adds the item flags it reads to `flags`.
 */
export function conditionKey(c: RuleCondition, flags: Set<string>): 0 | 1 | 2 | 3 {
  const parts = 'all' in c ? c.all : 'any' in c ? c.any : 'not' in c ? [c.not] : undefined;
  if (parts)
    return parts
      .map((x) => conditionKey(x, flags))
      .reduce<0 | 1 | 2 | 3>((a, b) => (a === 0 || b === 0 ? 0 : a > b ? a : b), 1);
  if ('itemFlag' in c) flags.add(c.itemFlag);
  const kind = Object.keys(c).find((x) => CONDITION_KINDS.has(x)) ?? '?';
  return PLACE_KINDS.has(kind) ? 1 : STATED_KINDS.has(kind) ? 2 : kind === 'partyOnList' ? 3 : 0;
}

/** A number per control-list entry object (entries are immutable versions), for context keys. */
const ENTRY_IDS = new WeakMap<object, number>();
let nextEntryId = 1;
const entryId = (entry: object | undefined): number => {
  if (!entry) return 0;
  let id = ENTRY_IDS.get(entry);
  if (id === undefined) ENTRY_IDS.set(entry, (id = nextEntryId++));
  return id;
};
const list = (x: readonly string[] | undefined) => (x ? x.join('\u0002') : '');

/** What the PLACE_KINDS read besides the date, as one string. Reads the item's facts. */
export function placeKey(ctx: EvalContext): string {
  const f = ctx.facts;
  return `${ctx.tables.ref?.id ?? ''}\u0001${ctx.destination}\u0001${ctx.tx.exporter.country}\u0001${ctx.item.origin}\u0001${ctx.tx.technology_release_to ?? ''}\u0001${ctx.item.hs ?? ''}\u0001${f.code ?? '\u0000'}\u0001${entryId(f.entry)}`;
}

/** What the STATED_KINDS read beyond `placeKey`; `flags` are the item flags the rules name. */
export function statedKey(ctx: EvalContext, flags: readonly string[]): string {
  const { tx, item } = ctx;
  let bits = '';
  for (const flag of flags) bits += (item as unknown as Record<string, unknown>)[flag] === true ? '1' : '0';
  return `${list(tx.end_use)}\u0001${list(tx.informed_by_authority)}\u0001${list(tx.exporter_aware)}\u0001${list(tx.contract_clauses)}\u0001${list(item.sanctions_lists)}\u0001${tx.destination_region ?? ''}\u0001${bits}`;
}

/** Evaluates; the explanation (`why`) is built only when `e` is set (most rules considered do not fire). */
export function test(c: RuleCondition, ctx: EvalContext, e = false): ConditionOutcome {
  // The condition's kind, found once per condition object: testing 18 `in`s on every call is slow.
  let k = KINDS.get(c);
  if (k === undefined) KINDS.set(c, (k = Object.keys(c).find((x) => CONDITION_KINDS.has(x)) ?? '?'));
  if (k === 'all' && 'all' in c) {
    // Short-circuits: the first part that fails is the reason, and later parts raise no questions.
    const parts: ConditionOutcome[] = [];
    for (const x of c.all) {
      const p = test(x, ctx, e);
      if (!p.holds) return { holds: false, why: p.why };
      parts.push(p);
    }
    let hits: PartyHit[] | undefined;
    for (const p of parts) if (p.hits) (hits ??= []).push(...p.hits);
    return { holds: true, why: e ? parts.map((p) => p.why).join('; ') : '', ...(hits ? { hits } : {}) };
  }
  if (k === 'any' && 'any' in c) {
    const whys: string[] = [];
    for (const x of c.any) {
      const p = test(x, ctx, e);
      if (p.holds) return p;
      if (e) whys.push(p.why);
    }
    return { holds: false, why: whys.join(' and ') };
  }
  if (k === 'not' && 'not' in c) {
    const o = test(c.not, ctx, e);
    return { holds: !o.holds, why: o.why };
  }
  if (k === 'destinationIn' && 'destinationIn' in c)
    return place(ctx, 'destination', ctx.destination, c.destinationIn, e);
  if (k === 'exporterIn' && 'exporterIn' in c) return place(ctx, 'exporter', ctx.tx.exporter.country, c.exporterIn, e);
  if (k === 'originIn' && 'originIn' in c) return place(ctx, 'origin', ctx.item.origin, c.originIn, e);
  if (k === 'partyCountryIn' && 'partyCountryIn' in c) {
    const parties = ctx.tx.parties.filter((p) => p.country && (!c.roles || c.roles.includes(p.role)));
    const found = parties.find((p) => matchPlace(ctx, p.country!, c.partyCountryIn));
    return found
      ? {
          holds: true,
          why: !e
            ? ''
            : `the ${found.role.replace(/_/g, ' ')} '${found.name}' is in ${found.country} (indirect export)`,
        }
      : { holds: false, why: !e ? '' : `no ${c.roles?.join(' or ') ?? 'party'} in ${c.partyCountryIn.join(', ')}` };
  }
  if (k === 'eccnIn' && 'eccnIn' in c) {
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
  }
  if (k === 'listed' && 'listed' in c) {
    const code = ctx.facts.code;
    if (!code) return { holds: c.listed, why: !e ? '' : 'classification unknown: assumed listed' };
    const listed = !isUnlisted(code);
    return {
      holds: listed === c.listed,
      why: !e ? '' : listed ? `${code} is on the control list` : `${code}: not on the control list`,
    };
  }
  if (k === 'chartColumn' && 'chartColumn' in c) {
    const code = ctx.facts.code ?? 'the item';
    const row = ctx.facts.columns.find((x) => x.column === c.chartColumn);
    const unknownEntry = ctx.facts.code !== undefined && !isUnlisted(ctx.facts.code) && !ctx.facts.entry;
    if (!row && !(unknownEntry || ctx.facts.code === undefined))
      return { holds: false, why: !e ? '' : `${code} has no reason for control in column ${c.chartColumn}` };
    const fact = ctx.tables.cell(ctx.destination, c.chartColumn, ctx.asOf);
    const basis = !e
      ? ''
      : row
        ? `${code} is controlled ${c.chartColumn} (${ctx.facts.entry!.code} License Requirements: ${row.appliesTo}${row.note ? `; ${row.note}` : ''})`
        : `${code}: reasons for control unknown, ${c.chartColumn} assumed`;
    if (fact.marked === undefined) {
      const q = `Country Chart column ${c.chartColumn} for ${ctx.destination} is not known (${fact.note ?? fact.citation}): assumed marked`;
      if (!ctx.open.includes(q)) ctx.open.push(q);
      return { holds: true, why: !e ? '' : `${basis}; ${q}` };
    }
    const from = !e
      ? ''
      : ` (${fact.source === 'imported' ? fact.citation : `${fact.source}: ${fact.note ?? ''}; ${fact.citation}`})`;
    return fact.marked
      ? {
          holds: true,
          why: !e ? '' : `${basis}, and the Country Chart has an X in ${c.chartColumn} for ${ctx.destination}${from}`,
        }
      : {
          holds: false,
          why: !e ? '' : `${basis}, but the Country Chart has no X in ${c.chartColumn} for ${ctx.destination}${from}`,
        };
  }
  if (k === 'partyOnList' && 'partyOnList' in c) {
    const re = c.requirementMatches ? new RegExp(c.requirementMatches, 'i') : undefined;
    const hits = ctx.hits.filter((h) => c.partyOnList.includes(h.list) && (!re || re.test(h.licenseRequirement ?? '')));
    if (!hits.length)
      return {
        holds: false,
        why: !e
          ? ''
          : `no party screened as on ${c.partyOnList.join(' / ')}${re ? ` with a licence requirement citing /${c.requirementMatches}/` : ''}`,
      };
    const why = !e
      ? []
      : hits.map(
          (h) =>
            `party ${h.party} ('${ctx.tx.parties[h.party]?.name}') ${h.review === 'open' ? 'possibly matches' : 'matches'} ${h.list} entry ${h.entryId} '${h.name}' (score ${h.score}${h.review === 'open' ? ', not reviewed' : h.review === 'true_match' ? ', confirmed by an officer' : ''})${h.licenseRequirement ? `; licence requirement: ${h.licenseRequirement}` : ''}${h.licensePolicy ? `; policy: ${h.licensePolicy}` : ''}`,
        );
    return { holds: true, why: why.join('; '), hits };
  }
  if (k === 'endUseIn' && 'endUseIn' in c) {
    const u = ctx.tx.end_use.filter((x) => c.endUseIn.includes(x));
    return u.length
      ? { holds: true, why: !e ? '' : `stated end use ${u.join(', ')}` }
      : { holds: false, why: !e ? '' : `no stated end use among ${c.endUseIn.join(', ')}` };
  }
  if (k === 'hsPrefixIn' && 'hsPrefixIn' in c) {
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
  }
  if (k === 'usContentAboveDeMinimis' && 'usContentAboveDeMinimis' in c) {
    const { lowerFor, lower, standard } = c.usContentAboveDeMinimis;
    const groups = ctx.tables.groupsOf(ctx.destination, ctx.asOf).groups;
    const low = lowerFor.find((g) => groups.includes(g));
    const threshold = low ? lower : standard;
    const pct = ctx.item.us_content_percent;
    const basis = !e
      ? ''
      : `de minimis level ${threshold} % for ${ctx.destination}${low ? ` (Country Group ${low})` : ''}`;
    if (pct === undefined) {
      ctx.open.push(
        'a foreign-made item without us_content_percent: de minimis could not be computed, the item is treated as subject to the EAR',
      );
      return { holds: true, why: !e ? '' : `no us_content_percent given; ${basis}` };
    }
    return pct > threshold
      ? { holds: true, why: !e ? '' : `controlled US content ${pct} % exceeds the ${basis}` }
      : { holds: false, why: !e ? '' : `controlled US content ${pct} % does not exceed the ${basis}` };
  }
  if (k === 'regionIn' && 'regionIn' in c) {
    const r = ctx.tx.destination_region;
    return r && c.regionIn.includes(r)
      ? { holds: true, why: !e ? '' : `the destination is the ${r} region` }
      : {
          holds: false,
          why: !e
            ? ''
            : r
              ? `the destination region ${r} is not among ${c.regionIn.join(', ')}`
              : 'no sanctioned region of the destination is stated',
        };
  }
  if (k === 'partyOwnedByListed' && 'partyOwnedByListed' in c) {
    // Shares add up across listed owners (aggregate), as in OFAC's 50 % rule that the BIS rule follows.
    const { lists, atLeast } = c.partyOwnedByListed;
    for (const party of ctx.tx.parties) {
      const owners = (party.listed_owners ?? []).filter((o) => lists.includes(o.list));
      if (!owners.length) continue;
      const unknown = owners.filter((o) => o.percent === undefined);
      const total = owners.reduce((n, o) => n + (o.percent ?? 0), 0);
      if (unknown.length) {
        ctx.open.push(
          `${party.name}: listed owner ${unknown.map((o) => o.name).join(', ')} holds an unknown share — a licence is required unless the share is shown to be below ${atLeast} % (Supp. 3 to part 732, red flag 29)`,
        );
        return {
          holds: true,
          why: !e
            ? ''
            : `${party.name} has listed owner(s) ${unknown.map((o) => `${o.name} (${o.list})`).join(', ')} of unknown share`,
        };
      }
      if (total >= atLeast)
        return {
          holds: true,
          why: !e
            ? ''
            : `${party.name} is ${total} % owned by ${owners.map((o) => `${o.name} (${o.list}, ${o.percent} %)`).join(' + ')} — at least ${atLeast} %`,
        };
    }
    return { holds: false, why: !e ? '' : `no party is ${atLeast} % or more owned by parties on ${lists.join(', ')}` };
  }
  if (k === 'parameterIs' && 'parameterIs' in c) {
    // A technical parameter the item states (e.g. designed_for_datacenter for License Exception NAC). Not
    // stated means not shown: the condition does not hold, so an exception resting on it is not applied.
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
  }
  if (k === 'itemFlag' && 'itemFlag' in c) {
    const v = (ctx.item as unknown as Record<string, unknown>)[c.itemFlag];
    return v === true
      ? { holds: true, why: !e ? '' : `${c.itemFlag} is stated` }
      : { holds: false, why: !e ? '' : `${c.itemFlag} is not stated` };
  }
  if (k === 'exceptionLine' && 'exceptionLine' in c) {
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
  }
  if (k === 'exceptionLineExcludes' && 'exceptionLineExcludes' in c) {
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
  }
  if (k === 'withinLvsLimit' && 'withinLvsLimit' in c) {
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
  }
  if (k === 'knows' && 'knows' in c) {
    const informed = c.how === 'aware' ? [] : (ctx.tx.informed_by_authority ?? []).filter((g) => c.knows.includes(g));
    const aware = c.how === 'informed' ? [] : (ctx.tx.exporter_aware ?? []).filter((g) => c.knows.includes(g));
    if (informed.length)
      return {
        holds: true,
        why: !e
          ? ''
          : `the exporter was informed by the competent authority of ${informed.join(', ').replace(/_/g, ' ')}`,
      };
    if (aware.length)
      return { holds: true, why: !e ? '' : `the exporter is aware of ${aware.join(', ').replace(/_/g, ' ')}` };
    return {
      holds: false,
      why: !e
        ? ''
        : `the exporter is not stated to be ${c.how === 'informed' ? 'informed of' : c.how === 'aware' ? 'aware of' : 'informed of or aware of'} ${c.knows.join(' / ').replace(/_/g, ' ')}`,
    };
  }
  if (k === 'contractClause' && 'contractClause' in c) {
    const has = (ctx.tx.contract_clauses ?? []).includes(c.contractClause);
    return {
      holds: has,
      why: !e
        ? ''
        : has
          ? `the contract carries the ${c.contractClause.replace(/_/g, ' ')} clause`
          : `contract_clauses does not state a ${c.contractClause.replace(/_/g, ' ')} clause`,
    };
  }
  if (k === 'sanctionsListIn' && 'sanctionsListIn' in c) {
    const on = (ctx.item.sanctions_lists ?? []).filter((x) => c.sanctionsListIn.includes(x));
    return on.length
      ? { holds: true, why: !e ? '' : `the item is stated to be on ${on.join(', ')}` }
      : { holds: false, why: !e ? '' : `the item is not stated to be on ${c.sanctionsListIn.join(' / ')}` };
  }
  if (k === 'codeMatches' && 'codeMatches' in c) {
    const code = ctx.facts.code;
    if (!code) return { holds: true, why: !e ? '' : `classification unknown: assumed to match /${c.codeMatches}/` };
    let re = PATTERNS.get(c.codeMatches);
    if (!re) PATTERNS.set(c.codeMatches, (re = new RegExp(c.codeMatches, 'i')));
    return re.test(code)
      ? { holds: true, why: !e ? '' : `${code} matches /${c.codeMatches}/` }
      : { holds: false, why: !e ? '' : `${code} does not match /${c.codeMatches}/` };
  }
  if (k === 'releaseToNotIn' && 'releaseToNotIn' in c) {
    const to = ctx.tx.technology_release_to;
    if (!to) return { holds: false, why: !e ? '' : 'no release of technology to a foreign person' };
    const m = matchPlace(ctx, to, c.releaseToNotIn);
    return m
      ? {
          holds: false,
          why: !e ? '' : `technology released to a national of ${to} (among ${c.releaseToNotIn.join(', ')})`,
        }
      : { holds: true, why: !e ? '' : `technology released to a national of ${to}` };
  }
  if (k === 'usContentEccnMatches' && 'usContentEccnMatches' in c) {
    // 734.4(a): some US-origin content has no de minimis level. Not stated = not shown; the gap is
    // raised when the item has (or may have) US content, since the exclusion would make it subject.
    const eccns = ctx.item.us_content_eccns;
    if (!eccns) {
      if (ctx.item.us_content_percent !== 0)
        ctx.open.push(
          'a foreign-made item without us_content_eccns: the 15 CFR 734.4(a) cases with no de minimis level (e.g. 9x515 / 600-series content to D:5) could not be checked',
        );
      return {
        holds: false,
        why: !e ? '' : 'the ECCNs of the US-origin content are not given (items[].us_content_eccns)',
      };
    }
    let re = PATTERNS.get(c.usContentEccnMatches);
    if (!re) PATTERNS.set(c.usContentEccnMatches, (re = new RegExp(c.usContentEccnMatches, 'i')));
    const pattern = re;
    const hit = eccns.filter((x) => pattern.test(x));
    return hit.length
      ? { holds: true, why: !e ? '' : `the item incorporates US-origin ${hit.join(', ')}` }
      : {
          holds: false,
          why: !e
            ? ''
            : `no US-origin content among ${eccns.join(', ') || '(none)'} matches /${c.usContentEccnMatches}/`,
        };
  }
  throw new Error(`unknown condition ${JSON.stringify(c)}`);
}

/** Does an exclusion text name the item's paragraph or an ancestor ("3A001.b.2", "or b.3")? Without a paragraph: assume yes. */
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

const EAR_GROUP = /^[ABDE](:\d)?$/;

/**
 * A country or one of its groups in `list`. Where the country's EAR groups are not known (no row in
 * the imported Country Groups) and the list names EAR groups, the answer is asked, not assumed.
 */
function matchPlace(ctx: EvalContext, country: string, list: readonly string[]): string | undefined {
  const m = ctx.tables.match(country, list, ctx.asOf);
  if (m === undefined && list.some((x) => EAR_GROUP.test(x))) {
    const g = ctx.tables.groupsOf(country, ctx.asOf);
    if (!g.known) {
      const q = `the EAR Country Groups of ${country} are not known (${g.note ?? 'no row'}): membership of ${list.filter((x) => EAR_GROUP.test(x)).join(', ')} could not be checked`;
      if (!ctx.open.includes(q)) ctx.open.push(q);
    }
  }
  return m;
}

function place(ctx: EvalContext, what: string, country: string, list: readonly string[], e: boolean): ConditionOutcome {
  const m = matchPlace(ctx, country, list);
  if (m)
    return {
      holds: true,
      why: !e
        ? ''
        : m === country
          ? `${what} ${country}`
          : `${what} ${country} is in ${m === 'EU' ? 'the EU' : `Country Group ${m}`}`,
    };
  return { holds: false, why: !e ? '' : `${what} ${country} is not in ${list.join(', ')}` };
}
