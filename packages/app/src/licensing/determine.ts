/**
 * Licence determination for transactions: validate, screen the parties (when lists are loaded),
 * look up each item's control-list entry as of the transaction date, run the core engine, and
 * record every determination in the audit log with the data versions it used.
 */
import {
  authorise,
  type EarTables,
  matchLicences,
  type JurisdictionCoverage,
  type LicensingRule,
  licensingRules,
  canonicalJson,
  classifyTransaction,
  determine,
  DomainError,
  LicensingCache,
  parseTransaction,
  sha256Hex,
  type DeterminationResult,
  type Json,
  type Principal,
} from '@dualuse/core';
import { denialFindings, denialWarning, type DenialFinding } from '@dualuse/core/coalition';
import { inTenant } from '@dualuse/store';
import { controlEntries } from './control-entries';
import { partyHits } from './party-hits';
import { earTablesAsOf } from '../regulations/tables';
import { record } from '../audit/log';
import { heldLicences } from './licences';
import type { AppContext } from '../common';
import { screeningData, type ScreeningData } from '../screening/data';
import { matcherOf, visibleDenials } from '../coalition/index';

const RULES_VERSIONS = new WeakMap<readonly LicensingRule[], string>();

/**
 * Identifies the rule data a determination used: a hash of every rule of the jurisdiction registry as written (a
 * registered jurisdiction's rules included). The registry replaces its rule list on each registration, so the hash is
 * kept per list.
 */
export function licensingRulesVersion(): string {
  const rules = licensingRules();
  let v = RULES_VERSIONS.get(rules);
  if (!v)
    RULES_VERSIONS.set(rules, (v = `rules sha256:${sha256Hex(canonicalJson(rules as unknown as Json)).slice(0, 16)}`));
  return v;
}

export interface DetermineRequest {
  /** Ids of opt-in rule versions, e.g. the AI-diffusion rule. */
  optIn?: string[] | undefined;
  requestId?: string | null | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * A determination, with which of the tenant's held licences covers each item that needs one, and the denials in force
 * the tenant can see (its own as an agency, its coalitions' shares) that the transaction matches: findings to review.
 */
export type DeterminationWithLicences = DeterminationResult & {
  licences?: JurisdictionCoverage[];
  denialMatches?: DenialFinding[];
};

export interface DetermineResponse {
  results: DeterminationWithLicences[];
  versions: Record<string, string>;
}

export async function determineTransactions(
  ctx: AppContext,
  p: Principal,
  inputs: readonly unknown[],
  req: DetermineRequest = {},
): Promise<DetermineResponse> {
  authorise(p, 'licensing:determine');
  const txs = inputs.map((t, i) => parseTransaction(t, inputs.length > 1 ? `/transactions/${i}` : ''));
  const known = new Set(
    licensingRules()
      .filter((r) => r.optIn)
      .map((r) => r.id),
  );
  for (const id of req.optIn ?? [])
    if (!known.has(id))
      throw new DomainError('invalid_input', `'${id}' is not an opt-in rule (${[...known].join(', ')})`, {
        pointer: '/optIn',
      });
  const screening = await screeningOrNull(ctx);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const lookup = controlEntries(tx);
    const held = await heldLicences(tx);
    // The country tables in force, looked up once per transaction date of the batch (a version is immutable).
    const tablesByDate = new Map<string, EarTables>();
    // Staged rules and keyed condition outcomes, shared by the batch (core licensing/conditions/cache.ts).
    const cache = new LicensingCache();
    // Denials an agency recorded or its coalitions share (none for a tenant in no coalition); reading partners' shares
    // is audited in both chains (coalition/visible-denials.ts).
    const denials = matcherOf(await visibleDenials(tx, ctx, p, `licence determination of ${describeBatch(txs)}`));
    const results: DeterminationWithLicences[] = [];
    const rulesVersion = licensingRulesVersion();
    const versions: Record<string, string> = {
      rules: rulesVersion,
      ...Object.fromEntries((screening.data?.versions ?? []).map((v) => [v.list, v.id])),
    };
    for (let i = 0; i < txs.length; i++) {
      const t = txs[i]!;
      // Classified once: the codes pick the control entries to read, and the engine reads the same codes.
      const classified = classifyTransaction(t);
      const { controls, versionIds } = await lookup.prepare(classified);
      const hits = screening.data
        ? await partyHits(tx, { ctx, p, data: screening.data, requestId: req.requestId }, t)
        : [];
      // The EAR Country Chart and Country Groups in force on the transaction's date (regulations/).
      let tables = tablesByDate.get(t.date);
      if (!tables) tablesByDate.set(t.date, (tables = await earTablesAsOf(tx, t.date)));
      if (tables.ref) versionIds['ear-country-tables'] = tables.ref.id;
      const result = determine(t, {
        classified,
        controls,
        hits,
        screened: !!screening.data,
        tables,
        cache,
        ...(req.optIn ? { optIn: req.optIn } : {}),
      });
      if (screening.reason && t.parties.length) result.warnings.push(`screening skipped: ${screening.reason}`);
      Object.assign(versions, versionIds);
      const coverage = held.length ? matchLicences(t, result, held, classified) : [];
      const matches = denialFindings(denials, t, classified);
      for (const f of matches) result.warnings.push(denialWarning(f));
      results.push({
        ...result,
        ...(coverage.length ? { licences: coverage } : {}),
        ...(matches.length ? { denialMatches: matches } : {}),
      });
      await record(tx, ctx, p, {
        action: 'licensing.determine',
        subject: { type: 'transaction', id: t.id },
        details: {
          date: t.date,
          destination: t.destination,
          items: t.items.length,
          optIn: req.optIn ?? [],
          decisions: Object.fromEntries(
            Object.entries(result.determinations).map(([j, d]) => [
              j,
              {
                decision: d.decision,
                authorisation: d.authorisation ?? null,
                policy: d.policy ?? null,
                rules: d.rules.map((r) => r.id),
                open: d.open_questions.length,
              },
            ]),
          ),
          hits: hits.map((h) => ({ party: h.party, list: h.list, entryId: h.entryId, score: h.score })),
          denialMatches: matches.map((m) => ({
            denialId: m.denialId,
            agencyId: m.agencyId,
            regimeRef: m.regimeRef,
            essentiallyIdentical: m.essentiallyIdentical,
            score: m.score,
          })),
        } as unknown as { [k: string]: Json },
        inputVersions: {
          rules: rulesVersion,
          ...versionIds,
          ...Object.fromEntries((screening.data?.versions ?? []).map((v) => [v.list, v.id])),
        },
        requestId: req.requestId ?? null,
      });
      req.onProgress?.(i + 1, txs.length);
    }
    return { results, versions };
  });
}

/** Screening is used when lists are loaded and current; otherwise the determination says it was not done. */
async function screeningOrNull(ctx: AppContext): Promise<{ data?: ScreeningData; reason?: string }> {
  try {
    return { data: await screeningData(ctx) };
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'unavailable') return { reason: e.message };
    throw e;
  }
}

const describeBatch = (txs: readonly { id: string }[]) =>
  txs.length === 1 ? `transaction ${txs[0]!.id}` : `${txs.length} transactions (${txs[0]!.id}, ...)`;
