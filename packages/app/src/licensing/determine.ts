/**
 * Licence determination for transactions: validate, screen the parties (when lists are loaded),
 * look up each item's control-list entry as of the transaction date, run the core engine, and
 * record every determination in the audit log with the data versions it used.
 */
import {
  ALL_RULES,
  authorise,
  type EarTables,
  matchLicences,
  type JurisdictionCoverage,
  canonicalJson,
  classifyItem,
  determine,
  DomainError,
  LicensingCache,
  parseTransaction,
  sha256Hex,
  type ControlEntry,
  type DeterminationResult,
  type Json,
  type PartyHit,
  type Principal,
  type Transaction,
} from '@dualuse/core';
import { controlVersionsAsOf, findControlEntries, inTenant, type Orm } from '@dualuse/store';
import { earTablesAsOf } from '../regulations/tables';
import { record } from '../audit/log';
import { heldLicences } from './licences';
import type { AppContext } from '../common';
import { screenWith } from '../screening/screen';
import { screeningData, type ScreeningData } from '../screening/data';

/** Identifies the rule data a determination used: a hash of every rule as written. */
export const LICENSING_RULES_VERSION = `rules sha256:${sha256Hex(canonicalJson(ALL_RULES as unknown as Json)).slice(0, 16)}`;

/** Parties' hits on restricted-party lists that carry licensing consequences (parts 744, 764; OFAC; EU). */
const CONSEQUENTIAL_LISTS = new Set([
  'us-bis-entity-list',
  'us-bis-meu',
  'us-bis-dpl',
  'us-ofac-sdn',
  'eu-fsf',
  'uk-ofsi',
  'uk-fcdo',
  'au-dfat',
]);

export interface DetermineRequest {
  /** Ids of opt-in rule versions, e.g. the AI-diffusion rule. */
  optIn?: string[] | undefined;
  requestId?: string | null | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** A determination, with which of the tenant's held licences covers each item that needs one. */
export type DeterminationWithLicences = DeterminationResult & { licences?: JurisdictionCoverage[] };

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
  const known = new Set(ALL_RULES.filter((r) => r.optIn).map((r) => r.id));
  for (const id of req.optIn ?? [])
    if (!known.has(id))
      throw new DomainError('invalid_input', `'${id}' is not an opt-in rule (${[...known].join(', ')})`, {
        pointer: '/optIn',
      });
  const screening = await screeningOrNull(ctx);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const lookup = controlLookup(tx);
    const held = await heldLicences(tx);
    // The country tables in force, looked up once per transaction date of the batch (a version is immutable).
    const tablesByDate = new Map<string, EarTables>();
    // Staged rules and keyed condition outcomes, shared by the batch (core licensing/conditions/cache.ts).
    const cache = new LicensingCache();
    const results: DeterminationWithLicences[] = [];
    const versions: Record<string, string> = {
      rules: LICENSING_RULES_VERSION,
      ...Object.fromEntries((screening.data?.versions ?? []).map((v) => [v.list, v.id])),
    };
    for (let i = 0; i < txs.length; i++) {
      const t = txs[i]!;
      const { controls, versionIds } = await lookup.prepare(t);
      const hits = screening.data ? await screenParties(tx, ctx, p, screening.data, t, req.requestId) : [];
      // The EAR Country Chart and Country Groups in force on the transaction's date (regulations/).
      let tables = tablesByDate.get(t.date);
      if (!tables) tablesByDate.set(t.date, (tables = await earTablesAsOf(tx, t.date)));
      if (tables.ref) versionIds['ear-country-tables'] = tables.ref.id;
      const result = determine(t, {
        controls,
        hits,
        screened: !!screening.data,
        tables,
        cache,
        ...(req.optIn ? { optIn: req.optIn } : {}),
      });
      if (screening.reason && t.parties.length) result.warnings.push(`screening skipped: ${screening.reason}`);
      Object.assign(versions, versionIds);
      const coverage = held.length ? matchLicences(t, result, held, controls) : [];
      results.push(coverage.length ? { ...result, licences: coverage } : result);
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
        } as unknown as { [k: string]: Json },
        inputVersions: {
          rules: LICENSING_RULES_VERSION,
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

/**
 * The transaction's parties screened through the screening use case, so officers' decisions apply:
 * a hit decided a false positive is dropped, a confirmed one is a finding, an undecided one is a
 * possible match (the engine asks for its review) and is queued for review like any other hit.
 */
async function screenParties(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  data: ScreeningData,
  t: Transaction,
  requestId: string | null | undefined,
): Promise<PartyHit[]> {
  if (!t.parties.length) return [];
  const parties = t.parties.map((party) => ({
    name: party.name,
    ...(party.country ? { countries: [party.country] } : {}),
  }));
  const results = await screenWith(tx, ctx, p, data, parties, { origin: 'search', requestId: requestId ?? null });
  const out: PartyHit[] = [];
  results.forEach((r, i) => {
    for (const h of r.hits) {
      if (!CONSEQUENTIAL_LISTS.has(h.list) || h.status === 'suppressed') continue;
      const entry = data.screener.entry(h.list, h.entryId);
      out.push({
        party: i,
        list: h.list,
        listVersion: h.listVersion,
        entryId: h.entryId,
        name: h.name,
        score: h.score,
        review: h.status === 'true_match' ? 'true_match' : 'open',
        ...(entry?.licenseRequirement ? { licenseRequirement: entry.licenseRequirement } : {}),
        ...(entry?.licensePolicy ? { licensePolicy: entry.licensePolicy } : {}),
      });
    }
  });
  return out;
}

/**
 * Control entries by version and code, shared by all requests: control-list versions are
 * reference data (no tenant) and immutable once stored (0002/0003 triggers), so an entry read
 * once never changes — and the engine's rule-outcome cache can recognise the same entry object.
 */
const ENTRIES = new Map<string, ControlEntry | undefined>();
const MAX_ENTRIES = 20_000;

/** Control entries as of each transaction's date, cached per version and code. */
function controlLookup(tx: Orm) {
  const versionsByDate = new Map<string, Awaited<ReturnType<typeof controlVersionsAsOf>>>();
  if (ENTRIES.size > MAX_ENTRIES) ENTRIES.clear();
  const entries = ENTRIES;
  return {
    async prepare(t: Transaction) {
      let versions = versionsByDate.get(t.date);
      if (!versions) versionsByDate.set(t.date, (versions = await controlVersionsAsOf(tx, t.date, 'US')));
      const ids = versions.map((v) => v.id);
      const codes = new Set(
        t.items
          .map((i) => i.classification?.US?.split('.')[0]?.toUpperCase())
          .filter((c): c is string => !!c && c !== 'EAR99'),
      );
      // Items given by parameters: the engine will classify them; look up the entries it can reach.
      for (const i of t.items) {
        if (i.classification?.US || !i.parameters) continue;
        try {
          for (const e of classifyItem({ parameters: i.parameters }, { asOf: t.date, jurisdictions: ['US'] }).entries)
            codes.add(e.code.split('.')[0]!);
        } catch {
          // A refusal (bad parameter) surfaces again, with its pointer, when the engine classifies.
        }
      }
      for (const code of codes) {
        const key = `${ids.join(',')}|${code}`;
        if (!entries.has(key))
          entries.set(key, (await findControlEntries(tx, ids, code))[0]?.entry as ControlEntry | undefined);
      }
      const controls = (j: string, code: string) => (j === 'US' ? entries.get(`${ids.join(',')}|${code}`) : undefined);
      return { controls, versionIds: Object.fromEntries(versions.map((v) => [v.list, v.id])) };
    },
  };
}
