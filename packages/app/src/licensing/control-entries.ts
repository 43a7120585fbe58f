/**
 * The control-list entries a determination reads, for every licensing jurisdiction whose lists are
 * imported (not only the US CCL): the items' codes come from the transaction's one classification
 * (core `classifyTransaction`), and each code is looked up in the versions in force on its date.
 */
import {
  licensingJurisdictions,
  type Classified,
  type ControlEntry,
  type ControlLookup,
  type LicensingJurisdiction,
} from '@dualuse/core';
import { controlVersionsAsOf, findControlEntries, type Orm } from '@dualuse/store';

type Versions = Awaited<ReturnType<typeof controlVersionsAsOf>>;

/**
 * Control entries by versions and code, shared by all requests: control-list versions are
 * reference data (no tenant) and immutable once stored (0002/0003 triggers), so an entry read
 * once never changes — and the engine's rule-outcome cache can recognise the same entry object.
 */
const ENTRIES = new Map<string, ControlEntry | undefined>();
const MAX_ENTRIES = 20_000;

const isLicensing = (j: string): j is LicensingJurisdiction => licensingJurisdictions().includes(j);

/** The versions in force on a date, per licensing jurisdiction (lists of others, e.g. Wassenaar, are not law). */
function byJurisdiction(versions: Versions): Map<LicensingJurisdiction, Versions> {
  const out = new Map<LicensingJurisdiction, Versions>();
  for (const v of versions) {
    if (!isLicensing(v.jurisdiction)) continue;
    const list = out.get(v.jurisdiction) ?? [];
    list.push(v);
    out.set(v.jurisdiction, list);
  }
  return out;
}

/** Looks entries up per transaction; the versions in force are read once per date of a batch. */
export function controlEntries(tx: Orm) {
  const versionsByDate = new Map<string, Map<LicensingJurisdiction, Versions>>();
  if (ENTRIES.size > MAX_ENTRIES) ENTRIES.clear();
  return {
    async prepare(classified: Classified): Promise<{ controls: ControlLookup; versionIds: Record<string, string> }> {
      const date = classified.tx.date;
      let inForce = versionsByDate.get(date);
      if (!inForce) versionsByDate.set(date, (inForce = byJurisdiction(await controlVersionsAsOf(tx, date))));
      // This transaction's entries, kept apart: another request may clear the shared cache meanwhile.
      const found = new Map<string, ControlEntry | undefined>();
      const versionIds: Record<string, string> = {};
      for (const [j, versions] of inForce) {
        // Versions ordered by list id (store): a code in two lists of one jurisdiction is read from the first.
        const ids = versions.map((v) => v.id);
        for (const v of versions) versionIds[v.list] = v.id;
        for (const code of classified.entryCodes(j)) {
          const key = `${ids.join(',')}|${code}`;
          if (!ENTRIES.has(key)) {
            const rows = await findControlEntries(tx, ids, code);
            rows.sort((a, b) => ids.indexOf(a.versionId) - ids.indexOf(b.versionId));
            ENTRIES.set(key, rows[0]?.entry as ControlEntry | undefined);
          }
          found.set(`${j}|${code}`, ENTRIES.get(key));
        }
      }
      const controls: ControlLookup = (j, code) => found.get(`${j}|${code}`);
      return { controls, versionIds };
    },
  };
}
