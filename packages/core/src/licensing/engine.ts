/**
 * The one licence-determination engine. Per jurisdiction and item: (1) jurisdiction rules —
 * is the item subject at all; (2) requirement rules — every one that fires is kept with why;
 * (3) exception rules — the first that covers every reason of the requirements applies, unless
 * a requirement blocks exceptions (15 CFR 740.2(a): never over a 744/746 prohibition). The
 * transaction's answer per jurisdiction is its most restrictive item answer, "as of" its date.
 */
import { noTables, type EarTables } from '../regulations/tables';
import { LicensingCache, test, type PartyHit } from './conditions';
import { classifyTransaction, type Classified } from './classified';
import { jurisdictionsReadingEntry } from './entry-readers';
import type { ControlLookup, FactsSource } from './facts';
import { ItemContext } from './item-context';
import {
  DECISIONS,
  POLICIES,
  type Decision,
  type Determination,
  type DeterminationResult,
  type Effect,
  type LicensingJurisdiction,
  type LicensingRule,
  type ObligationTrace,
  type Policy,
  type RuleTrace,
} from './model';
import { jurisdictionOf, licensingJurisdictions, licensingRules } from './jurisdictions/registry';
import { rulesInForce, type Staged } from './staged';
import { parseTransaction, type Transaction } from './transaction';

export interface DetermineOptions {
  /** Control-list entries as of the transaction date (reasons for control, licence-exception lines). */
  controls?: ControlLookup;
  /**
   * The items' codes, found once by the caller (`classifyTransaction(tx)`) to look the entries up; found here if
   * absent.
   */
  classified?: Classified;
  /** Screening hits of the transaction's parties. */
  hits?: readonly PartyHit[];
  /** Whether the parties were screened; if not, the determination says so. */
  screened?: boolean;
  rules?: readonly LicensingRule[];
  /** `full` (default) explains every rule considered; `fired` leaves out `not_fired` (batch throughput). */
  detail?: 'full' | 'fired';
  /** Ids of opt-in rule versions to switch on (e.g. the rescinded AI-diffusion rule). */
  optIn?: readonly string[];
  jurisdictions?: readonly LicensingJurisdiction[];
  /**
   * The EAR Country Chart and Country Groups (an imported version, regulations/). Without it every
   * US answer fails closed: licence required, with an open question saying why.
   */
  tables?: EarTables;
  /**
   * Re-use outcomes of keyed conditions across items and transactions (item-context.ts); default on, off only to
   * compare.
   */
  memo?: boolean;
  /**
   * Where staged rules and keyed outcomes are kept (conditions/cache.ts). A batch passes one cache
   * to every determination so that they share outcomes; without one, a determination gets its own.
   */
  cache?: LicensingCache;
}

const rank = (d: Decision) => DECISIONS.indexOf(d);
const NO_TABLES = noTables();
const NO_OPT_IN: readonly string[] = [];
const policyRank = (p: Policy) => POLICIES.indexOf(p);

/**
 * One rule's entry in the chain (about 100 per determination in full detail). The key order —
 * id, citation, title, source, effectiveFrom, effectiveTo?, item, why, effect? — is the one the
 * answers have always had.
 */
function trace(r: LicensingRule, why: string, item: number, effect?: Effect): RuleTrace {
  const w = r.unverified ? `${why} [not verified: ${r.unverified}]` : why;
  // One literal per shape, so that each trace is allocated at its final size.
  if (!r.effectiveTo) {
    return effect
      ? {
          id: r.id,
          citation: r.citation,
          title: r.title,
          source: r.source,
          effectiveFrom: r.effectiveFrom,
          item,
          why: w,
          effect,
        }
      : {
          id: r.id,
          citation: r.citation,
          title: r.title,
          source: r.source,
          effectiveFrom: r.effectiveFrom,
          item,
          why: w,
        };
  }
  return effect
    ? {
        id: r.id,
        citation: r.citation,
        title: r.title,
        source: r.source,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        item,
        why: w,
        effect,
      }
    : {
        id: r.id,
        citation: r.citation,
        title: r.title,
        source: r.source,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        item,
        why: w,
      };
}

/**
 * "Presumption of denial." / "Case-by-case review for ...; policy of denial for ..." → the strictest policy the text
 * names.
 */
export function policyFromText(text: string | undefined): Policy | undefined {
  if (!text) return undefined;
  const found: Policy[] = [];
  if (/presumption of denial/i.test(text)) found.push('presumption_of_denial');
  if (/policy of denial/i.test(text)) found.push('denial');
  if (/case[- ]by[- ]case/i.test(text)) found.push('case_by_case');
  if (/presumption of approval/i.test(text)) found.push('presumption_of_approval');
  if (!found.length) return undefined;
  return found.sort((a, b) => policyRank(b) - policyRank(a))[0];
}

export function determineTransaction(input: unknown, options: DetermineOptions = {}): DeterminationResult {
  return determine(parseTransaction(input), options);
}

export function determine(tx: Transaction, options: DetermineOptions = {}): DeterminationResult {
  const asOf = tx.date;
  if (!options.cache) options = { ...options, cache: new LicensingCache() };
  const rules = rulesInForce(options.rules ?? licensingRules(), asOf, options.optIn ?? NO_OPT_IN, options.cache!);
  const warnings: string[] = [];
  if (!options.screened && tx.parties.length)
    warnings.push(
      'parties were not screened against restricted-party lists: Entity List, MEU, SDN and EU listings are not reflected',
    );
  const tables = options.tables ?? NO_TABLES;
  const source: FactsSource = {
    classified: options.classified?.tx === tx ? options.classified : classifyTransaction(tx),
    controls: options.controls,
    readsEntry: jurisdictionsReadingEntry(options.rules ?? licensingRules()),
  };
  const f = (j: LicensingJurisdiction) => {
    const staged = rules.get(j);
    if (!staged)
      throw new Error(`'${j}' is not a jurisdiction of the registry (${licensingJurisdictions().join(', ')})`);
    return forJurisdiction(tx, j, staged, { ...options, source }, tables);
  };
  const determinations: DeterminationResult['determinations'] = {};
  for (const j of options.jurisdictions ?? licensingJurisdictions()) determinations[j] = f(j);
  return {
    id: tx.id,
    asOf,
    determinations,
    warnings,
    ...(tables.ref
      ? { regulations: { id: tables.ref.id, contentDate: tables.ref.contentDate, format: tables.ref.format } }
      : {}),
  };
}

function forJurisdiction(
  tx: Transaction,
  j: LicensingJurisdiction,
  staged: Staged,
  options: DetermineOptions & { source: FactsSource },
  tables: EarTables,
): Determination {
  const fired: RuleTrace[] = [];
  const notFired: RuleTrace[] = [];
  // Explanations of rules that did not fire are built only when asked for. In full detail every
  // rule is evaluated once, with its explanation (it is needed whether the rule fires or not);
  // otherwise without, and a rule that fires is evaluated again to say why. Evaluation is
  // deterministic, so the second pass can only repeat open questions, which are de-duplicated.
  const full = options.detail !== 'fired';
  const open: string[] = [];
  // A release of technology to a foreign national is an export to his country (15 CFR 734.13(b)).
  const law = jurisdictionOf(j)?.traits ?? {};
  const destination = law.deemedExport && tx.technology_release_to ? tx.technology_release_to : tx.destination;
  const hits = options.hits ?? [];
  let decision = 'NOT_SUBJECT' as Decision;
  let policy: Policy | undefined;
  const authorisations = new Set<string>();
  const obligations: ObligationTrace[] = [];

  for (let i = 0; i < tx.items.length; i++) {
    const ctx = new ItemContext({
      tx,
      item: tx.items[i]!,
      index: i,
      jurisdiction: j,
      destination,
      hits,
      open,
      source: options.source,
      staged,
      tables,
      cache: options.cache!,
      memo: options.memo !== false,
    });
    // Some laws (US, EU) classify every item up front, so bad parameters are refused whoever the law reaches.
    if (law.classifyUpFront) void ctx.facts;
    // (1) Is the item subject to this jurisdiction's law?
    let subject = false;
    let excluded = false;
    const js = staged.jurisdiction;
    for (let n = 0; n < js.rules.length; n++) {
      const r = js.rules[n]!;
      const o = ctx.check(js, n, full);
      if (r.effect.excluded) {
        // An exclusion (published information, fundamental research) takes the item out whatever made it subject.
        if (o.holds && !excluded) {
          excluded = true;
          fired.push(trace(r, full ? o.why : ctx.check(js, n, true).why, i, r.effect));
        } else if (full) notFired.push(trace(r, o.why, i));
        continue;
      }
      if (o.holds && !subject) {
        subject = true;
        if (r.openQuestion) open.push(`${r.id}: ${r.openQuestion}`);
        fired.push(trace(r, full ? o.why : ctx.check(js, n, true).why, i, r.effect));
      } else if (full) notFired.push(trace(r, o.holds ? `${o.why} (already subject)` : o.why, i));
    }
    if (!subject || excluded) continue;
    // The facts' open questions count only where the law reaches the item: a US exporter's item raises no UK question.
    void ctx.facts;
    for (const q of ctx.factsOpen) open.push(q);
    // Obligations (Reg. 833/2014 Art. 12g): they add a duty and say whether it is met, but never change the decision.
    const os = staged.obligation;
    for (let n = 0; n < os.rules.length; n++) {
      const r = os.rules[n]!;
      const o = ctx.check(os, n, full);
      if (!o.holds) {
        if (full) notFired.push(trace(r, o.why, i));
        continue;
      }
      const met = r.metWhen
        ? test(r.metWhen, ctx, true)
        : { holds: false, why: 'nothing in the transaction shows it met' };
      fired.push(trace(r, full ? o.why : ctx.check(os, n, true).why, i, r.effect));
      obligations.push({
        id: r.id,
        citation: r.citation,
        item: i,
        obligation: r.effect.obligation ?? r.title,
        met: met.holds,
        why: met.why,
      });
      if (!met.holds)
        open.push(`${r.id}: obligation not shown as met — ${r.effect.obligation ?? r.title} (${met.why})`);
    }
    // (2) Requirements.
    const reqs: { r: LicensingRule; effect: Effect }[] = [];
    const rs = staged.requirement;
    for (let n = 0; n < rs.rules.length; n++) {
      const r = rs.rules[n]!;
      const o = ctx.check(rs, n, full);
      if (!o.holds) {
        if (full) notFired.push(trace(r, o.why, i));
        continue;
      }
      let effect = r.effect;
      if (r.effect.policyFromList) {
        const p = (o.hits ?? [])
          .map((h) => policyFromText(h.licensePolicy))
          .filter((x): x is Policy => !!x)
          .sort((a, b) => policyRank(b) - policyRank(a))[0];
        if (!p) open.push(`${r.id}: the list entry states no review policy; presumption of denial assumed`);
        effect = { ...r.effect, policy: p ?? 'presumption_of_denial' };
        for (const h of o.hits ?? [])
          if (
            h.licenseRequirement &&
            !(
              /all items subject to the EAR/i.test(h.licenseRequirement) &&
              !/except|other than|limited to|\bonly\b/i.test(h.licenseRequirement)
            )
          )
            open.push(
              `${r.id}: entry ${h.entryId} requires a licence for "${h.licenseRequirement}" only: check the item against it`,
            );
      }
      if (r.openQuestion) open.push(`${r.id}: ${r.openQuestion}`);
      effect = unreviewedHits(r, effect, o.hits, tx, open);
      reqs.push({ r, effect });
      fired.push(trace(r, full ? o.why : ctx.check(rs, n, true).why, i, effect));
    }
    if (!reqs.length) {
      // No classification means nothing could be checked: fail closed.
      if (ctx.facts.code === undefined)
        open.push(`item ${i}: no ${j} classification, so no requirement could be checked`);
      decision = max(decision, ctx.facts.code === undefined ? 'LICENCE_REQUIRED' : 'NO_LICENCE_REQUIRED');
      continue;
    }
    let itemDecision: Decision = reqs.some((x) => x.effect.decision === 'PROHIBITED')
      ? 'PROHIBITED'
      : 'LICENCE_REQUIRED';
    // The strictest policy among the requirements (loops rather than map/filter/sort: this runs per item).
    let itemPolicy: Policy | undefined;
    for (const x of reqs)
      if (x.effect.policy && (!itemPolicy || policyRank(x.effect.policy) > policyRank(itemPolicy)))
        itemPolicy = x.effect.policy;
    // (3) Exceptions: the first that covers every reason applies; none over a blocking requirement.
    const blocker = reqs.find((x) => x.effect.blocksExceptions);
    const blocked =
      blocker && full
        ? `${blocker.r.id} (${blocker.r.citation}) cannot be overcome by a licence exception (15 CFR 740.2(a); Reg. (EU) 2021/821 Annex IIa Part 3 for EU GEAs)`
        : '';
    const needed: string[] = [];
    for (const x of reqs)
      for (const reason of x.effect.reasons ?? []) if (!needed.includes(reason)) needed.push(reason);
    let applied = false;
    const es = staged.exception;
    for (let n = 0; n < es.rules.length; n++) {
      const r = es.rules[n]!;
      if (applied) {
        if (full) notFired.push(trace(r, 'another exception already applies', i));
        continue;
      }
      if (blocker) {
        if (full) notFired.push(trace(r, blocked, i));
        continue;
      }
      const uncovered = needed.filter((n) => !(r.effect.reasons ?? []).includes(n));
      if (uncovered.length) {
        if (full)
          notFired.push(
            trace(r, `${r.effect.authorisation} does not cover the ${uncovered.join(', ')} requirement`, i),
          );
        continue;
      }
      const o = ctx.check(es, n, full);
      if (!o.holds) {
        if (full) notFired.push(trace(r, o.why, i));
        continue;
      }
      applied = true;
      itemDecision = 'LICENCE_EXCEPTION';
      authorisations.add(r.effect.authorisation!);
      fired.push(trace(r, full ? o.why : ctx.check(es, n, true).why, i, r.effect));
    }
    if (itemDecision !== 'LICENCE_EXCEPTION' && itemPolicy && (!policy || policyRank(itemPolicy) > policyRank(policy)))
      policy = itemPolicy;
    decision = max(decision, itemDecision);
  }
  if (law.earCountryTables && tx.items.length) decision = tablesCaveats(tables, tx.date, destination, open, decision);
  const out: Determination = {
    decision,
    rules: fired,
    not_fired: notFired,
    open_questions: open.length ? [...new Set(open)] : [],
    ...(obligations.length ? { obligations } : {}),
  };
  if (decision === 'LICENCE_EXCEPTION') out.authorisation = [...authorisations].join(', ');
  if ((decision === 'LICENCE_REQUIRED' || decision === 'PROHIBITED') && policy) out.policy = policy;
  return out;
}

const max = (a: Decision, b: Decision): Decision => (rank(b) > rank(a) ? b : a);

/**
 * A requirement resting only on possible matches no officer has reviewed is not a finding: it
 * applies as a licence requirement (never a prohibition, and no exception overcomes it while it
 * stands), and the determination names each hit to review. A decided false positive never
 * reaches the engine; a confirmed match keeps the rule's full effect.
 */
function unreviewedHits(
  r: LicensingRule,
  effect: Effect,
  hits: readonly PartyHit[] | undefined,
  tx: Transaction,
  open: string[],
): Effect {
  if (!hits?.length || !hits.every((h) => h.review === 'open')) return effect;
  for (const h of hits) {
    const q = `party ${h.party} ('${tx.parties[h.party]?.name ?? '?'}') possibly matches ${h.list} entry ${h.entryId} '${h.name}' (score ${h.score}), not reviewed: ${r.id} is applied as a licence requirement until an officer decides the hit (dualuse hits decide)`;
    if (!open.includes(q)) open.push(q);
  }
  return effect.decision === 'PROHIBITED' ? { ...effect, decision: 'LICENCE_REQUIRED' } : effect;
}

/**
 * What the EAR tables themselves leave open for a US answer: a version older or newer than the
 * date, or none at all, or a destination without a Country Groups row. Without tables, or without
 * the destination's groups, nothing group-based could be checked: licence required (fail closed).
 */
function tablesCaveats(
  tables: EarTables,
  asOf: string,
  destination: string,
  open: string[],
  decision: Decision,
): Decision {
  for (const q of tables.caveats(asOf)) if (!open.includes(q)) open.push(q);
  if (!tables.ref) return max(decision, 'LICENCE_REQUIRED');
  const g = tables.groupsOf(destination, asOf);
  if (g.known) return decision;
  const q = `the EAR Country Groups of ${destination} are not known (${g.note ?? 'no row'}): licence required until they are`;
  if (!open.includes(q)) open.push(q);
  return max(decision, 'LICENCE_REQUIRED');
}
