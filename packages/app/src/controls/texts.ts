/**
 * Non-US list texts imported from their official publications: Australia's DSGL (the Word
 * instrument on the Federal Register of Legislation) and EU Annex I (the Commission's list in
 * the OCA CSV layout). A DSGL import is the whole `au-dsgl` list; an Annex I file (the shared
 * one is an excerpt) replaces, entry by entry, the EU entries otherwise shown with the US text
 * of the same number. The curated loader keeps both in place when it re-derives (OWN_TEXT_FORMATS).
 */
import {
  curatedControlListVersions,
  docxLines,
  DSGL_FORMAT,
  EU_ANNEX_I_ACTS,
  EU_ANNEX_I_CSV_FORMAT,
  invalidInput,
  parseDsglLines,
  parseEuAnnexICsv,
  withOwnTexts,
  type ControlEntry,
  type ControlListVersion,
} from '@dualuse/core';
import { controlEntriesOfVersion, listControlVersions, type Orm } from '@dualuse/store';

export const OWN_TEXT_FORMATS = [DSGL_FORMAT, EU_ANNEX_I_CSV_FORMAT] as const;

export function parseDsglFile(bytes: Uint8Array, fileName: string, sha256: string): ControlListVersion {
  return parseDsglLines(docxLines(bytes, fileName), { file: fileName, sha256 });
}

/** Annex I rows as the EU version in force from `effectiveFrom`, over the entries derived from `us`. */
export function parseEuAnnexIFile(
  text: string,
  o: { fileName: string; effectiveFrom: string | undefined; version: string | undefined; sha256: string },
  us: ControlListVersion | undefined,
): ControlListVersion {
  // The CSV carries no date: the user says which Annex I (which delegated act) it is.
  if (!o.effectiveFrom)
    throw invalidInput(
      `${o.fileName}: give the date from which this Annex I applies with --effective-from (e.g. ${EU_ANNEX_I_ACTS.map((a) => a.effectiveFrom).join(' or ')})`,
      '--effective-from',
    );
  const act = EU_ANNEX_I_ACTS.find((a) => a.effectiveFrom === o.effectiveFrom)?.act.split(' of ')[0];
  const own = parseEuAnnexICsv(text, {
    file: o.fileName,
    effectiveFrom: o.effectiveFrom,
    version: o.version ?? `Annex I texts, ${o.fileName} sha256:${o.sha256.slice(0, 12)}`,
    act: act
      ? `Reg. (EU) 2021/821 Annex I as replaced by ${act}`
      : `Reg. (EU) 2021/821 Annex I (as applying from ${o.effectiveFrom})`,
    sha256: o.sha256,
  });
  const derived = curatedControlListVersions(us).find(
    (v) => v.list === 'eu-annex-i' && v.effectiveFrom === o.effectiveFrom,
  );
  if (!derived) return own;
  const merged = withOwnTexts(derived, own.entries, own.version);
  return { ...merged, source: own.source, warnings: [...own.warnings, ...merged.warnings] };
}

/**
 * The curated versions as they should be stored, given the own-text versions already imported:
 * a list/date with an imported DSGL is not derived again; an imported Annex I text overlays.
 */
export async function withImportedTexts(
  tx: Orm,
  versions: readonly ControlListVersion[],
): Promise<ControlListVersion[]> {
  const all = await listControlVersions(tx);
  const stored = all.filter((v) => (OWN_TEXT_FORMATS as readonly string[]).includes(v.format));
  const newestUs = all.filter((v) => v.list === 'us-ccl').reduce((t, v) => Math.max(t, v.importedAt.getTime()), 0);
  const out: ControlListVersion[] = [];
  for (const v of versions) {
    const own = stored.find((s) => s.list === v.list && s.effectiveFrom === v.effectiveFrom);
    if (!own) out.push(v);
    // An Annex I import already holds the entries derived from the newest US CCL: re-derive only after a newer one.
    else if (own.format === EU_ANNEX_I_CSV_FORMAT && own.importedAt.getTime() < newestUs)
      out.push(withOwnTexts(v, (await controlEntriesOfVersion(tx, own.id)) as ControlEntry[], own.version));
    // DSGL_FORMAT: the imported instrument is the whole list; nothing to derive.
  }
  return out;
}
