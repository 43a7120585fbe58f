/**
 * Importing a control list: a file in one of the formats dualuse reads (eCFR XML or the eCFR CCL
 * JSON of 15 CFR 774, the DSGL instrument .docx, EU Annex I in the OCA CSV layout) becomes an
 * immutable version, or "unchanged" when the same file was imported before; `syncControlList`
 * fetches the CCL as of a date from the eCFR. Operator work: lists are shared by all tenants.
 */
import { createHash } from 'node:crypto';
import {
  authorise,
  DomainError,
  invalidInput,
  looksLikeCclJson,
  looksLikeEcfrXml,
  looksLikeEuAnnexICsv,
  looksLikeZip,
  parseCclJson,
  parseEcfrPart774Xml,
  type ControlListVersion,
  type Principal,
} from '@dualuse/core';
import { refuseNul } from '@dualuse/core/screening';
import { findControlVersionByHash, insertControlListVersion } from '@dualuse/store';
import { importOnce } from '../audit/import-once';
import { actorOf, type AppContext } from '../common';
import { loadCuratedControlLists, usVersion, type CuratedLoadResult } from './curated';
import { isoDate, today, view, type ControlVersionView } from './entries';
import { recheckAllTenants, type RecheckResult } from './records';
import { parseDsglFile, parseEuAnnexIFile } from './texts';

/** Date of the newest rule the shared eCFR JSON snapshot contains (its SOURCE.md: Jan-2025 text). */
export const CCL_JSON_DEFAULT_EFFECTIVE_FROM = '2025-01-16';

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput(`${file}: not UTF-8 text (and not a .docx)`);
  }
}

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
  const parsed = await parseListFile(ctx, input, o, contentHash);
  const result = await importOnce(ctx, p, {
    find: (tx) => findControlVersionByHash(tx, parsed.list, contentHash),
    insert: (tx) =>
      insertControlListVersion(
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
      ),
    audit: (row) => ({
      action: 'controls.import',
      subject: { type: 'control_list_version', id: row.id },
      details: {
        list: parsed.list,
        version: parsed.version,
        effectiveFrom: parsed.effectiveFrom,
        entries: parsed.entries.length,
        file: o.fileName,
      },
      inputVersions: { [parsed.list]: contentHash },
    }),
  });
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

/** The file's format is recognised from its content; parser messages are prefixed with the file's name. */
async function parseListFile(
  ctx: AppContext,
  input: string | Uint8Array,
  o: ImportOptions,
  contentHash: string,
): Promise<ControlListVersion> {
  const bytes = typeof input === 'string' ? undefined : input;
  const text = typeof input === 'string' ? input : looksLikeZip(input) ? '' : decodeUtf8(input, o.fileName);
  try {
    if (text) refuseNul(o.fileName, text);
    if (bytes && looksLikeZip(bytes)) return parseDsglFile(bytes, o.fileName, contentHash);
    if (looksLikeEuAnnexICsv(text))
      return parseEuAnnexIFile(
        text,
        {
          fileName: o.fileName,
          effectiveFrom: o.effectiveFrom && isoDate(o.effectiveFrom, '--effective-from'),
          version: o.version,
          sha256: contentHash,
        },
        await usVersion(ctx, undefined),
      );
    if (looksLikeCclJson(text)) {
      const effectiveFrom = isoDate(o.effectiveFrom ?? CCL_JSON_DEFAULT_EFFECTIVE_FROM, '--effective-from');
      return parseCclJson(text, {
        effectiveFrom,
        version: o.version ?? `${o.fileName} sha256:${contentHash.slice(0, 12)}`,
        sha256: contentHash,
      });
    }
    if (looksLikeEcfrXml(text)) return parseEcfrXmlFile(text, o, contentHash);
    throw invalidInput(
      `${o.fileName}: not a control-list format dualuse reads (eCFR XML of 15 CFR part 774, the eCFR CCL JSON of ../shared/data/controls/us-ccl-ecfr/ccl_parsed.json, the DSGL instrument .docx, or EU Annex I in the OCA CSV layout)`,
    );
  } catch (e) {
    // Parser messages say what and where; the file they are about is named here.
    if (e instanceof DomainError && e.kind === 'invalid_input' && !e.message.startsWith(o.fileName))
      throw new DomainError('invalid_input', `${o.fileName}: ${e.message}`, e.details);
    throw e;
  }
}

function parseEcfrXmlFile(text: string, o: ImportOptions, contentHash: string): ControlListVersion {
  // The XML carries no reliable "as of" date of its own: the user says which eCFR date it is.
  if (!o.effectiveFrom)
    throw invalidInput(
      `${o.fileName}: give the eCFR date of this XML with --effective-from (effectiveFrom)`,
      '--effective-from',
    );
  const effectiveFrom = isoDate(o.effectiveFrom, '--effective-from');
  return parseEcfrPart774Xml(text, {
    effectiveFrom,
    version: o.version ?? `eCFR ${effectiveFrom} sha256:${contentHash.slice(0, 12)}`,
    sha256: contentHash,
  });
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
