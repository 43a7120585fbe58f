/**
 * Control lists: show an entry as of a date, search the texts, compare two versions (importing
 * is ./import.ts, classifying ./classify.ts). Lists are
 * shared by all tenants (the operator imports them); reads run in the caller's tenant
 * transaction as dualuse_app, which may only SELECT them.
 */
import {
  authorise,
  counterparts,
  diffControlEntries,
  DomainError,
  findParagraph,
  invalidInput,
  isJurisdiction,
  JURISDICTIONS,
  notFound,
  parseControlCode,
  parseJpProvision,
  expandSearch,
  searchPhrases,
  type ControlDiff,
  type ControlEntry,
  type CounterpartEntry,
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
  inTenant,
  listControlVersions,
  searchControlEntries,
  type ControlListVersionRow,
} from '@dualuse/store';
import type { AppContext } from '../common';

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

export const view = (v: ControlListVersionRow): ControlVersionView => ({
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

export const isoDate = (v: string, pointer: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    throw invalidInput(`'${v}' is not a date (YYYY-MM-DD)`, pointer);
  return v;
};
export const today = (ctx: AppContext) => ctx.now().toISOString().slice(0, 10);

export async function getControlVersions(ctx: AppContext, p: Principal): Promise<ControlVersionView[]> {
  authorise(p, 'controls:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listControlVersions(tx)).map(view));
}

export interface Query {
  asOf?: string | undefined;
  jurisdiction?: string | undefined;
}

export function scope(ctx: AppContext, q: Query): { asOf: string; jurisdiction: Jurisdiction | undefined } {
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
