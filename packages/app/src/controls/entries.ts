/**
 * Control lists and classification: import a list file as an immutable version, show an
 * entry as of a date, search the texts, classify items by their parameters. Lists are
 * shared by all tenants (the operator imports them); reads run in the caller's tenant
 * transaction as dualuse_app, which may only SELECT them.
 */
import { createHash } from 'node:crypto';
import {
  authorise,
  classify,
  counterparts,
  diffControlEntries,
  DomainError,
  findParagraph,
  invalidInput,
  isJurisdiction,
  JURISDICTIONS,
  looksLikeCclJson,
  looksLikeEcfrXml,
  looksLikeEuAnnexICsv,
  looksLikeZip,
  notFound,
  parseCclJson,
  parseEcfrPart774Xml,
  parseControlCode,
  parseJpProvision,
  parseItem,
  expandSearch,
  searchPhrases,
  type Classification,
  type ControlDiff,
  type ControlEntry,
  type CounterpartEntry,
  type ControlListVersion,
  type Jurisdiction,
  type Principal,
  type TextSource,
  textSourceOf,
} from '@dualuse/core';
import {
  controlEntriesOfVersion,
  controlVersionsAsOf,
  findControlEntries,
  findControlEntriesByAlias,
  findControlVersion,
  findControlVersionByHash,
  inTenant,
  insertControlListVersion,
  listControlVersions,
  searchControlEntries,
  type ControlListVersionRow,
} from '@dualuse/store';
import { record } from '../audit/log';
import { loadCuratedControlLists, usVersion, type CuratedLoadResult } from './curated';
import { parseDsglFile, parseEuAnnexIFile } from './texts';
import { refuseNul } from '@dualuse/core/screening';

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput(`${file}: not UTF-8 text (and not a .docx)`);
  }
}
import { recheckAllTenants, type RecheckResult } from './records';
import { actorOf, type AppContext } from '../common';

export interface ControlVersionView {
  id: string;
  list: string;
  jurisdiction: string;
  version: string;
  effectiveFrom: string;
  format: string;
  contentHash: string;
  entryCount: number;
  warnings: string[];
  importedAt: string;
}

const view = (v: ControlListVersionRow): ControlVersionView => ({
  id: v.id,
  list: v.list,
  jurisdiction: v.jurisdiction,
  version: v.version,
  effectiveFrom: v.effectiveFrom,
  format: v.format,
  contentHash: v.contentHash,
  entryCount: v.entryCount,
  warnings: v.warnings,
  importedAt: v.importedAt.toISOString(),
});

/** Date of the newest rule the shared eCFR JSON snapshot contains (its SOURCE.md: Jan-2025 text). */
export const CCL_JSON_DEFAULT_EFFECTIVE_FROM = '2025-01-16';

export const isoDate = (v: string, pointer: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    throw invalidInput(`'${v}' is not a date (YYYY-MM-DD)`, pointer);
  return v;
};
const today = (ctx: AppContext) => ctx.now().toISOString().slice(0, 10);

export interface ImportOptions {
  fileName: string;
  effectiveFrom?: string | undefined;
  version?: string | undefined;
}

export async function importControlList(
  ctx: AppContext,
  p: Principal,
  input: string | Uint8Array,
  o: ImportOptions,
): Promise<{
  status: 'imported' | 'unchanged';
  version: ControlVersionView;
  warnings: string[];
  curated?: CuratedLoadResult[];
  rechecked?: Record<string, RecheckResult>;
}> {
  authorise(p, 'controls:write');
  const contentHash = createHash('sha256').update(input).digest('hex');
  const bytes = typeof input === 'string' ? undefined : input;
  const text = typeof input === 'string' ? input : looksLikeZip(input) ? '' : decodeUtf8(input, o.fileName);
  let parsed: ControlListVersion;
  try {
    if (text) refuseNul(o.fileName, text);
    if (bytes && looksLikeZip(bytes)) {
      parsed = parseDsglFile(bytes, o.fileName, contentHash);
    } else if (looksLikeEuAnnexICsv(text)) {
      parsed = parseEuAnnexIFile(
        text,
        {
          fileName: o.fileName,
          effectiveFrom: o.effectiveFrom && isoDate(o.effectiveFrom, '--effective-from'),
          version: o.version,
          sha256: contentHash,
        },
        await usVersion(ctx, undefined),
      );
    } else if (looksLikeCclJson(text)) {
      const effectiveFrom = isoDate(o.effectiveFrom ?? CCL_JSON_DEFAULT_EFFECTIVE_FROM, '--effective-from');
      parsed = parseCclJson(text, {
        effectiveFrom,
        version: o.version ?? `${o.fileName} sha256:${contentHash.slice(0, 12)}`,
        sha256: contentHash,
      });
    } else if (looksLikeEcfrXml(text)) {
      // The XML carries no reliable "as of" date of its own: the user says which eCFR date it is.
      if (!o.effectiveFrom)
        throw invalidInput(
          `${o.fileName}: give the eCFR date of this XML with --effective-from (effectiveFrom)`,
          '--effective-from',
        );
      const effectiveFrom = isoDate(o.effectiveFrom, '--effective-from');
      parsed = parseEcfrPart774Xml(text, {
        effectiveFrom,
        version: o.version ?? `eCFR ${effectiveFrom} sha256:${contentHash.slice(0, 12)}`,
        sha256: contentHash,
      });
    } else {
      throw invalidInput(
        `${o.fileName}: not a control-list format dualuse reads (eCFR XML of 15 CFR part 774, the eCFR CCL JSON of ../shared/data/controls/us-ccl-ecfr/ccl_parsed.json, the DSGL instrument .docx, or EU Annex I in the OCA CSV layout)`,
      );
    }
  } catch (e) {
    // Parser messages say what and where; the file they are about is named here.
    if (e instanceof DomainError && e.kind === 'invalid_input' && !e.message.startsWith(o.fileName))
      throw new DomainError('invalid_input', `${o.fileName}: ${e.message}`, e.details);
    throw e;
  }
  const result = await ctx.db.orm.transaction(async (tx) => {
    const existing = await findControlVersionByHash(tx, parsed.list, contentHash);
    if (existing) return { status: 'unchanged' as const, row: existing };
    const row = await insertControlListVersion(
      tx,
      {
        list: parsed.list,
        jurisdiction: parsed.jurisdiction,
        version: parsed.version,
        effectiveFrom: parsed.effectiveFrom,
        format: parsed.source.format,
        contentHash,
        entryCount: parsed.entries.length,
        warnings: parsed.warnings,
        categoryNotes: parsed.categoryNotes,
        importedAt: ctx.now(),
        importedBy: actorOf(p),
      },
      parsed.entries.map((e) => ({
        code: e.code,
        jurisdiction: e.jurisdiction,
        heading: e.heading,
        reasons: e.reasons,
        chartColumns: e.chartColumns,
        entry: e,
        body: e.text,
      })),
    );
    return { status: 'imported' as const, row };
  });
  if (result.status === 'imported') {
    await inTenant(ctx.db, p.tenantId, (tx) =>
      record(tx, ctx, p, {
        action: 'controls.import',
        subject: { type: 'control_list_version', id: result.row.id },
        details: {
          list: parsed.list,
          version: parsed.version,
          effectiveFrom: parsed.effectiveFrom,
          entries: parsed.entries.length,
          file: o.fileName,
        },
        inputVersions: { [parsed.list]: contentHash },
      }),
    );
  }
  // The EU/UK/Wassenaar/DSGL entries derived from a new US version follow it (the curated national entries load once).
  const curated =
    result.status === 'imported' && parsed.list === 'us-ccl'
      ? (await loadCuratedControlLists(ctx, p, { usVersionId: result.row.id, recheck: false })).results.filter(
          (r) => r.status === 'imported',
        )
      : undefined;
  // A new version may change what stored classifications rest on: flag those affected, in every tenant.
  const rechecked = result.status === 'imported' ? await recheckAllTenants(ctx) : undefined;
  return {
    status: result.status,
    version: view(result.row),
    warnings: parsed.warnings,
    ...(curated ? { curated } : {}),
    ...(rechecked ? { rechecked } : {}),
  };
}

/**
 * Downloads the CCL (15 CFR part 774) as of `date` from the eCFR versioner API and imports it.
 * `baseUrl` is the eCFR (or a mirror of its API, e.g. on an air-gapped network).
 */
export async function syncControlList(
  ctx: AppContext,
  p: Principal,
  o: { date?: string | undefined; baseUrl?: string | undefined },
) {
  authorise(p, 'controls:write');
  const date = isoDate(o.date ?? today(ctx), '--date');
  const url = `${(o.baseUrl ?? 'https://www.ecfr.gov').replace(/\/+$/, '')}/api/versioner/v1/full/${date}/title-15.xml?part=774`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/xml' }, signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new DomainError(
      'unavailable',
      `cannot reach ${url}: ${(error as Error).message}; offline, use: dualuse controls import FILE`,
    );
  }
  if (!res.ok)
    throw new DomainError(
      res.status === 404 ? 'not_found' : 'unavailable',
      `${url} answered ${res.status} ${res.statusText}`,
    );
  return importControlList(ctx, p, await res.text(), {
    fileName: `ecfr-title-15-part-774-${date}.xml`,
    effectiveFrom: date,
    version: `eCFR ${date}`,
  });
}

export async function getControlVersions(ctx: AppContext, p: Principal): Promise<ControlVersionView[]> {
  authorise(p, 'controls:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listControlVersions(tx)).map(view));
}

export interface Query {
  asOf?: string | undefined;
  jurisdiction?: string | undefined;
}

function scope(ctx: AppContext, q: Query): { asOf: string; jurisdiction: Jurisdiction | undefined } {
  const asOf = q.asOf ? isoDate(q.asOf, '/asOf') : today(ctx);
  const j = q.jurisdiction?.toUpperCase();
  if (j !== undefined && !isJurisdiction(j))
    throw invalidInput(`unknown jurisdiction '${q.jurisdiction}' (${JURISDICTIONS.join(', ')})`, '/jurisdiction');
  return { asOf, jurisdiction: j };
}

/**
 * `text_source` says whose words the entry shows (own list text, the US CCL text of the same
 * number because this list's text is not loaded, or our summary); `text_label` says it in words.
 */
export interface ControlEntryView {
  jurisdiction: string;
  list: string;
  version: string;
  versionId: string;
  effectiveFrom: string;
  text_source: TextSource;
  text_label: string;
  entry: ControlEntry;
  paragraph?: ControlEntry['paragraphs'][number];
  counterparts: CounterpartEntry[];
}

export function textLabel(e: ControlEntry): string {
  const source = textSourceOf(e);
  if (source === 'us_counterpart')
    return `${e.jurisdiction} text not loaded: the text shown is the US CCL text of ${e.textFrom?.code ?? e.code}${e.textFrom ? ` (${e.textFrom.version})` : ''}, not ${e.jurisdiction} wording`;
  if (source === 'summary') return 'our summary of the entry, not the legal wording (see the citation)';
  return e.textCitation ? `the list's own text: ${e.textCitation}` : "the list's own text";
}

export async function showControl(
  ctx: AppContext,
  p: Principal,
  code: string,
  q: Query,
): Promise<{ asOf: string; code: string; entries: ControlEntryView[] }> {
  authorise(p, 'controls:read');
  const { asOf, jurisdiction } = scope(ctx, q);
  // A Japanese provision in any familiar form ("Art. 6 item 17 (ka)", "第6条第17号カ") is keyed JP6-17-KA.
  const provision = parseJpProvision(code);
  const { entry: entryCode, label } = provision ? { entry: provision, label: '' } : parseControlCode(code);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, asOf, jurisdiction);
    if (versions.length === 0)
      throw new DomainError(
        'not_found',
        `no control list${jurisdiction ? ` of ${jurisdiction}` : ''} is in force on ${asOf}; import one with: dualuse controls import FILE`,
      );
    const ids = versions.map((v) => v.id);
    let rows = await findControlEntries(tx, ids, entryCode);
    // A former code kept as an alias (JP2023ETC) finds the entries that carry it.
    if (rows.length === 0 && !label) rows = await findControlEntriesByAlias(tx, ids, entryCode);
    const out: ControlEntryView[] = [];
    for (const row of rows) {
      const v = versions.find((x) => x.id === row.versionId)!;
      const entry = row.entry as ControlEntry;
      const paragraph = label ? findParagraph(entry, `${entryCode}.${label}`) : undefined;
      if (label && !paragraph) continue;
      const here = label ? `${entryCode}.${label}` : entryCode;
      out.push({
        jurisdiction: v.jurisdiction,
        list: v.list,
        version: v.version,
        versionId: v.id,
        effectiveFrom: v.effectiveFrom,
        text_source: textSourceOf(entry),
        text_label: textLabel(entry),
        entry,
        ...(paragraph ? { paragraph } : {}),
        counterparts: v.jurisdiction === 'US' ? counterparts(here, asOf) : [],
      });
    }
    if (out.length === 0)
      throw notFound(`control entry ${code}${jurisdiction ? ` in ${jurisdiction}` : ''} as of ${asOf}`);
    return { asOf, code, entries: out };
  });
}

export async function searchControls(
  ctx: AppContext,
  p: Principal,
  text: string,
  q: Query & { limit?: number | undefined },
) {
  authorise(p, 'controls:read');
  const { asOf, jurisdiction } = scope(ctx, q);
  const query = text.trim();
  if (query.length < 2 || query.length > 500) throw invalidInput('the search text must be 2 to 500 characters', '/q');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, asOf, jurisdiction);
    // Trade terms ("GPU", "accelerator") also search the lists' own wording (our vocabulary, shown in the answer).
    const expansions = expandSearch(query);
    const hits = await searchControlEntries(
      tx,
      versions.map((v) => v.id),
      query,
      { limit: q.limit ?? 20, alsoPhrases: searchPhrases(expansions) },
    );
    return {
      asOf,
      query,
      expansions,
      hits: hits.map((h) => ({
        ...h,
        text_source: h.textSource,
        rank: Math.round(h.rank * 1e4) / 1e4,
        similarity: Math.round(h.similarity * 1e3) / 1e3,
        list: versions.find((v) => v.id === h.versionId)?.list,
      })),
    };
  });
}

export interface ClassifyOptions extends Query {
  jurisdictions?: string[] | undefined;
  requestId?: string | null;
}

/**
 * Classifies items by their parameters (rules as data, @dualuse/core) and records the run
 * with the list versions in force as its inputs.
 */
export interface TextCandidate {
  jurisdiction: string;
  code: string;
  heading: string;
  passage: string;
  rank: number;
}
export type ItemClassification = Classification & { description?: string; text_candidates?: TextCandidate[] };

export async function classifyItems(
  ctx: AppContext,
  p: Principal,
  items: readonly unknown[],
  o: ClassifyOptions = {},
): Promise<{ asOf: string; results: ItemClassification[] }> {
  authorise(p, 'classify:run');
  const { asOf } = scope(ctx, o);
  const jurisdictions = o.jurisdictions?.map((j, i) => {
    const u = j.toUpperCase();
    if (!isJurisdiction(u)) throw invalidInput(`unknown jurisdiction '${j}'`, `/jurisdictions/${i}`);
    return u;
  });
  const classified = items.map((item, i) => {
    try {
      const parsed = parseItem(item);
      return {
        ...classify(parsed, { asOf, ...(jurisdictions ? { jurisdictions } : {}) }),
        ...(parsed.description ? { description: parsed.description } : {}),
      };
    } catch (error) {
      // Name the item in a batch: "/items/3/parameters/tpp".
      if (error instanceof DomainError && items.length > 1)
        throw new DomainError(error.kind, `item ${i}: ${error.message}`, {
          ...error.details,
          pointer: `/items/${i}${error.details.pointer ?? ''}`,
        });
      throw error;
    }
  });
  const results: ItemClassification[] = classified;
  await inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, asOf);
    // Items described in words: the list entries whose text matches, for a human to weigh.
    const ids = versions
      .filter((v) => !jurisdictions || jurisdictions.includes(v.jurisdiction as Jurisdiction))
      .map((v) => v.id);
    for (const r of results) {
      if (!r.description) continue;
      const text = r.description.slice(0, 500);
      const hits = await searchControlEntries(tx, ids, text, {
        limit: 5,
        mode: 'any',
        alsoPhrases: searchPhrases(expandSearch(text)),
      });
      r.text_candidates = hits.map((h) => ({
        jurisdiction: h.jurisdiction,
        code: h.code,
        heading: h.heading,
        passage: h.passage,
        rank: Math.round(h.rank * 1e4) / 1e4,
      }));
    }
    await record(tx, ctx, p, {
      action: 'classify.run',
      subject: null,
      details: {
        asOf,
        items: items.length,
        entries: results.map((r) => r.entries.map((e) => `${e.jurisdiction}:${e.code}`)),
      },
      inputVersions: Object.fromEntries(versions.map((v) => [v.list, v.contentHash])),
      requestId: o.requestId ?? null,
    });
  });
  return { asOf, results };
}

/**
 * Differences between two versions of a list: by default the two newest of the list (by
 * effective date). Entries added, removed, and changed down to the paragraph.
 */
export async function diffControls(
  ctx: AppContext,
  p: Principal,
  q: { from?: string | undefined; to?: string | undefined; list?: string | undefined },
): Promise<{ from: ControlVersionView; to: ControlVersionView; diff: ControlDiff }> {
  authorise(p, 'controls:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const all = (await listControlVersions(tx)).filter((v) => v.list === (q.list ?? 'us-ccl'));
    const pick = async (id: string | undefined, fallback: ControlListVersionRow | undefined, what: string) => {
      const v = id ? await findControlVersion(tx, id) : fallback;
      if (!v)
        throw id
          ? notFound(`control-list version ${id}`)
          : new DomainError(
              'not_found',
              `there is no ${what} version of ${q.list ?? 'us-ccl'} to compare: import at least two versions`,
            );
      return v;
    };
    const to = await pick(q.to, all[0], 'newest');
    const from = await pick(
      q.from,
      all.find((v) => v.id !== to.id),
      'previous',
    );
    const diff = diffControlEntries(
      (await controlEntriesOfVersion(tx, from.id)) as ControlEntry[],
      (await controlEntriesOfVersion(tx, to.id)) as ControlEntry[],
    );
    return { from: view(from), to: view(to), diff };
  });
}
