/**
 * One jurisdiction's answer for a transaction (engine.ts runs one per jurisdiction), item by item in three stages:
 * (1) jurisdiction rules — is the item subject at all; (2) requirement rules — every one that fires is kept with why,
 * with the obligations beside them; (3) exception rules — the first that covers every reason of the requirements
 * applies, unless a requirement blocks exceptions (15 CFR 740.2(a)). The answer is the most restrictive item answer.
 */
import type { EarTables } from '../regulations/tables';
import { test, type ConditionOutcome, type PartyHit } from './conditions';
import type { DetermineOptions } from './engine';
import type { FactsSource } from './facts';
import { ItemContext } from './item-context';
import { partyLabel } from './party-label';
import {
  DECISIONS,
  type Decision,
  type Determination,
  type Effect,
  type LicensingJurisdiction,
  type LicensingRule,
  type ObligationTrace,
  type Policy,
  type RuleTrace,
} from './model';
import type { LawTraits } from './jurisdictions/model';
import { jurisdictionOf } from './jurisdictions/registry';
import { policyFromText, policyRank } from './policy-text';
import { trace } from './rule-trace';
import type { Stage, Staged } from './staged';
import type { Transaction } from './transaction';

export type RunOptions = DetermineOptions & { source: FactsSource; tables: EarTables };
type Requirement = { r: LicensingRule; effect: Effect };

const rank = (d: Decision) => DECISIONS.indexOf(d);
const max = (a: Decision, b: Decision): Decision => (rank(b) > rank(a) ? b : a);

export function forJurisdiction(
  tx: Transaction,
  j: LicensingJurisdiction,
  staged: Staged,
  options: RunOptions,
): Determination {
  const run = new JurisdictionRun(tx, j, staged, options);
  for (let i = 0; i < tx.items.length; i++) run.item(i);
  return run.answer();
}

class JurisdictionRun {
  readonly fired: RuleTrace[] = [];
  readonly notFired: RuleTrace[] = [];
  readonly open: string[] = [];
  readonly obligations: ObligationTrace[] = [];
  readonly authorisations = new Set<string>();
  decision: Decision = 'NOT_SUBJECT';
  policy: Policy | undefined;
  /**
   * Explanations of rules that did not fire are built only when asked for. In full detail every rule is evaluated
   * once, with its explanation (it is needed whether the rule fires or not); otherwise without, and a rule that fires
   * is evaluated again to say why. Evaluation is deterministic, so the second pass can only repeat open questions,
   * which are de-duplicated.
   */
  readonly full: boolean;
  readonly law: LawTraits;
  readonly destination: string;
  readonly hits: readonly PartyHit[];

  constructor(
    readonly tx: Transaction,
    readonly j: LicensingJurisdiction,
    readonly staged: Staged,
    readonly options: RunOptions,
  ) {
    this.full = options.detail !== 'fired';
    this.law = jurisdictionOf(j)?.traits ?? {};
    // A release of technology to a foreign national is an export to his country (15 CFR 734.13(b)).
    this.destination = this.law.deemedExport && tx.technology_release_to ? tx.technology_release_to : tx.destination;
    this.hits = options.hits ?? [];
  }

  item(i: number): void {
    const ctx = new ItemContext({
      tx: this.tx,
      item: this.tx.items[i]!,
      index: i,
      jurisdiction: this.j,
      destination: this.destination,
      hits: this.hits,
      open: this.open,
      source: this.options.source,
      staged: this.staged,
      tables: this.options.tables,
      cache: this.options.cache!,
      memo: this.options.memo !== false,
    });
    // Some laws (US, EU) classify every item up front, so bad parameters are refused whoever the law reaches.
    if (this.law.classifyUpFront) void ctx.facts;
    if (!this.subject(ctx, i)) return;
    // The facts' open questions count only where the law reaches the item: a US exporter's item raises no UK question.
    void ctx.facts;
    for (const q of ctx.factsOpen) this.open.push(q);
    this.checkObligations(ctx, i);
    const reqs = this.requirements(ctx, i);
    if (!reqs.length) {
      // No classification means nothing could be checked: fail closed.
      const unclassified = ctx.facts.code === undefined;
      if (unclassified) this.open.push(`item ${i}: no ${this.j} classification, so no requirement could be checked`);
      this.decision = max(this.decision, unclassified ? 'LICENCE_REQUIRED' : 'NO_LICENCE_REQUIRED');
      return;
    }
    if (this.exceptionApplies(ctx, i, reqs)) {
      this.decision = max(this.decision, 'LICENCE_EXCEPTION');
      return;
    }
    const itemPolicy = strictestPolicy(reqs);
    if (itemPolicy && (!this.policy || policyRank(itemPolicy) > policyRank(this.policy))) this.policy = itemPolicy;
    const prohibited = reqs.some((x) => x.effect.decision === 'PROHIBITED');
    this.decision = max(this.decision, prohibited ? 'PROHIBITED' : 'LICENCE_REQUIRED');
  }

  answer(): Determination {
    const { decision: d, policy } = this;
    const decision =
      this.law.earCountryTables && this.tx.items.length ? tablesCaveats(this.options.tables, this, d) : d;
    const out: Determination = {
      decision,
      rules: this.fired,
      not_fired: this.notFired,
      open_questions: this.open.length ? [...new Set(this.open)] : [],
      ...(this.obligations.length ? { obligations: this.obligations } : {}),
    };
    if (decision === 'LICENCE_EXCEPTION') out.authorisation = [...this.authorisations].join(', ');
    if ((decision === 'LICENCE_REQUIRED' || decision === 'PROHIBITED') && policy) out.policy = policy;
    return out;
  }

  /** Why a rule fired (evaluated again with its explanation when the run is not in full detail). */
  private why(ctx: ItemContext, s: Stage, n: number, o: ConditionOutcome): string {
    return this.full ? o.why : ctx.check(s, n, true).why;
  }

  private skip(r: LicensingRule, why: string, i: number): void {
    if (this.full) this.notFired.push(trace(r, why, i));
  }

  /** (1) Is the item subject to this jurisdiction's law (and not taken out by an exclusion)? */
  private subject(ctx: ItemContext, i: number): boolean {
    let subject = false;
    let excluded = false;
    const js = this.staged.jurisdiction;
    for (let n = 0; n < js.rules.length; n++) {
      const r = js.rules[n]!;
      const o = ctx.check(js, n, this.full);
      if (r.effect.excluded) {
        // An exclusion (published information, fundamental research) takes the item out whatever made it subject.
        if (o.holds && !excluded) {
          excluded = true;
          this.fired.push(trace(r, this.why(ctx, js, n, o), i, r.effect));
        } else this.skip(r, o.why, i);
        continue;
      }
      if (o.holds && !subject) {
        subject = true;
        if (r.openQuestion) this.open.push(`${r.id}: ${r.openQuestion}`);
        this.fired.push(trace(r, this.why(ctx, js, n, o), i, r.effect));
      } else if (this.full) this.skip(r, o.holds ? `${o.why} (already subject)` : o.why, i);
    }
    return subject && !excluded;
  }

  /** Obligations (Reg. 833/2014 Art. 12g): they add a duty and say whether it is met, but never change the decision. */
  private checkObligations(ctx: ItemContext, i: number): void {
    const os = this.staged.obligation;
    for (let n = 0; n < os.rules.length; n++) {
      const r = os.rules[n]!;
      const o = ctx.check(os, n, this.full);
      if (!o.holds) {
        this.skip(r, o.why, i);
        continue;
      }
      const met = r.metWhen
        ? test(r.metWhen, ctx, true)
        : { holds: false, why: 'nothing in the transaction shows it met' };
      this.fired.push(trace(r, this.why(ctx, os, n, o), i, r.effect));
      const obligation = r.effect.obligation ?? r.title;
      this.obligations.push({ id: r.id, citation: r.citation, item: i, obligation, met: met.holds, why: met.why });
      if (!met.holds) this.open.push(`${r.id}: obligation not shown as met — ${obligation} (${met.why})`);
    }
  }

  /** (2) Every requirement that fires, with its effect as the list entries and the hits' review state make it. */
  private requirements(ctx: ItemContext, i: number): Requirement[] {
    const reqs: Requirement[] = [];
    const rs = this.staged.requirement;
    for (let n = 0; n < rs.rules.length; n++) {
      const r = rs.rules[n]!;
      const o = ctx.check(rs, n, this.full);
      if (!o.holds) {
        this.skip(r, o.why, i);
        continue;
      }
      let effect = r.effect.policyFromList ? listPolicy(r, o.hits, this.open) : r.effect;
      if (r.openQuestion) this.open.push(`${r.id}: ${r.openQuestion}`);
      effect = unreviewedHits(r, effect, o.hits, this);
      reqs.push({ r, effect });
      this.fired.push(trace(r, this.why(ctx, rs, n, o), i, effect));
    }
    return reqs;
  }

  /** (3) Exceptions: the first that covers every reason applies; none over a blocking requirement. */
  private exceptionApplies(ctx: ItemContext, i: number, reqs: Requirement[]): boolean {
    const blocker = reqs.find((x) => x.effect.blocksExceptions);
    const blocked =
      blocker && this.full
        ? `${blocker.r.id} (${blocker.r.citation}) cannot be overcome by a licence exception (15 CFR 740.2(a); Reg. (EU) 2021/821 Annex IIa Part 3 for EU GEAs)`
        : '';
    const needed: string[] = [];
    for (const x of reqs)
      for (const reason of x.effect.reasons ?? []) if (!needed.includes(reason)) needed.push(reason);
    let applied = false;
    const es = this.staged.exception;
    for (let n = 0; n < es.rules.length; n++) {
      const r = es.rules[n]!;
      if (applied || blocker) {
        this.skip(r, applied ? 'another exception already applies' : blocked, i);
        continue;
      }
      const uncovered = needed.filter((reason) => !(r.effect.reasons ?? []).includes(reason));
      if (uncovered.length) {
        if (this.full)
          this.skip(r, `${r.effect.authorisation} does not cover the ${uncovered.join(', ')} requirement`, i);
        continue;
      }
      const o = ctx.check(es, n, this.full);
      if (!o.holds) {
        this.skip(r, o.why, i);
        continue;
      }
      applied = true;
      this.authorisations.add(r.effect.authorisation!);
      this.fired.push(trace(r, this.why(ctx, es, n, o), i, r.effect));
    }
    return applied;
  }
}

/** The strictest policy among the requirements (loops rather than map/filter/sort: this runs per item). */
function strictestPolicy(reqs: Requirement[]): Policy | undefined {
  let itemPolicy: Policy | undefined;
  for (const x of reqs)
    if (x.effect.policy && (!itemPolicy || policyRank(x.effect.policy) > policyRank(itemPolicy)))
      itemPolicy = x.effect.policy;
  return itemPolicy;
}

/**
 * A rule whose policy is the list entry's (the Entity List's "License review policy"): the strictest the hits state,
 * presumption of denial when none does; an entry limited to some items raises a question to check the item against it.
 */
function listPolicy(r: LicensingRule, hits: readonly PartyHit[] | undefined, open: string[]): Effect {
  const p = (hits ?? [])
    .map((h) => policyFromText(h.licensePolicy))
    .filter((x): x is Policy => !!x)
    .sort((a, b) => policyRank(b) - policyRank(a))[0];
  if (!p) open.push(`${r.id}: the list entry states no review policy; presumption of denial assumed`);
  for (const h of hits ?? [])
    if (h.licenseRequirement && !coversAllItems(h.licenseRequirement))
      open.push(
        `${r.id}: entry ${h.entryId} requires a licence for "${h.licenseRequirement}" only: check the item against it`,
      );
  return { ...r.effect, policy: p ?? 'presumption_of_denial' };
}

const coversAllItems = (requirement: string) =>
  /all items subject to the EAR/i.test(requirement) && !/except|other than|limited to|\bonly\b/i.test(requirement);

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
  run: { tx: Transaction; open: string[] },
): Effect {
  if (!hits?.length || !hits.every((h) => h.review === 'open')) return effect;
  for (const h of hits) {
    const q = `${partyLabel(run.tx, h.party)} possibly matches ${h.list} entry ${h.entryId} '${h.name}' (score ${h.score}), not reviewed: ${r.id} is applied as a licence requirement until an officer decides the hit (dualuse hits decide)`;
    if (!run.open.includes(q)) run.open.push(q);
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
  run: { tx: Transaction; destination: string; open: string[] },
  decision: Decision,
): Decision {
  const { open, destination } = run;
  const asOf = run.tx.date;
  for (const q of tables.caveats(asOf)) if (!open.includes(q)) open.push(q);
  if (!tables.ref) return max(decision, 'LICENCE_REQUIRED');
  const g = tables.groupsOf(destination, asOf);
  if (g.known) return decision;
  const q = `the EAR Country Groups of ${destination} are not known (${g.note ?? 'no row'}): licence required until they are`;
  if (!open.includes(q)) open.push(q);
  return max(decision, 'LICENCE_REQUIRED');
}
