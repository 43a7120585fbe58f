/**
 * The non-US lists as versions of the one model: reviewed data (eu.ts, eu-annex-iv.ts, uk.ts,
 * nl.ts, jp.ts, au.ts) plus the entries derived by number from a US CCL version (derive.ts).
 * One version per list per date at which its content changes, so "as of D" works as for the CCL.
 */
import { CONTROL_LISTS, type ControlListId, type ControlListVersion } from '../model';
import { AU_DSGL } from './au';
import {
  changeDates,
  checkCuratedItem,
  curatedEntry,
  curatedInForce,
  type CuratedControlEntry,
  type CuratedItem,
} from './curated';
import { ALL_MULTILATERAL, deriveEntries, WASSENAAR_ONLY } from './derive';
import { EU_ANNEX_I_ACTS, EU_AUTONOMOUS } from './eu';
import { EU_ANNEX_IV } from './eu-annex-iv';
import { JP_SME_2023 } from './jp';
import { NL_NATIONAL } from './nl';
import { UK_DUAL_USE_BASIS, UK_NATIONAL } from './uk';

/** Curated data sets by list, checked once (a malformed entry fails loudly, naming it). */
export const CURATED_ITEMS: Partial<Record<ControlListId, readonly CuratedItem[]>> = {
  'eu-annex-i': EU_AUTONOMOUS,
  'eu-annex-iv': EU_ANNEX_IV,
  'uk-strategic': UK_NATIONAL,
  'nl-national': NL_NATIONAL,
  'jp-fefta': JP_SME_2023,
};
for (const [list, items] of Object.entries(CURATED_ITEMS)) for (const i of items) checkCuratedItem(i, list);

interface VersionParts {
  list: ControlListId;
  label: string;
  effectiveFrom: string;
  description: string;
  entries: CuratedControlEntry[];
  warnings?: string[];
}

const version = ({
  list,
  label,
  effectiveFrom,
  description,
  entries,
  warnings = [],
}: VersionParts): ControlListVersion => ({
  list,
  jurisdiction: CONTROL_LISTS[list].jurisdiction,
  version: label,
  effectiveFrom,
  source: { format: 'dualuse-curated', description },
  entries: [...entries].sort((a, b) => a.code.localeCompare(b.code)),
  categoryNotes: [],
  warnings,
});

const onlyCurated = (list: ControlListId, items: readonly CuratedItem[], description: string): ControlListVersion[] =>
  changeDates(items)
    .map((d) =>
      version({
        list,
        label: `curated as of ${d}`,
        effectiveFrom: d,
        description,
        entries: curatedInForce(items, d).map((i) => curatedEntry(list, CONTROL_LISTS[list].jurisdiction, i)),
      }),
    )
    .filter((v) => v.entries.length > 0);

/**
 * Every curated list version. With `us` (a CCL version), also the EU Annex I, UK, Wassenaar and
 * DSGL entries derived from it by number; without it those lists hold only their curated entries.
 */
export function curatedControlListVersions(us?: ControlListVersion): ControlListVersion[] {
  const out: ControlListVersion[] = [];
  const derivedNote = us
    ? `entries of the same number derived from US CCL ${us.version} (unverified text)`
    : 'no US CCL version given: derived entries omitted';
  const warn = us ? [] : ['no US CCL version loaded: entries derived by number are missing; import the CCL first'];
  for (const act of EU_ANNEX_I_ACTS) {
    const derived = us
      ? deriveEntries(us.entries, {
          list: 'eu-annex-i',
          jurisdiction: 'EU',
          citation: `Reg. (EU) 2021/821 Annex I as replaced by ${act.act.split(' of ')[0]}`,
          effectiveFrom: act.effectiveFrom,
          regimes: ALL_MULTILATERAL,
          usVersion: us.version,
        })
      : [];
    const own = curatedInForce(EU_AUTONOMOUS, act.effectiveFrom).map((i) => curatedEntry('eu-annex-i', 'EU', i));
    out.push(
      version({
        list: 'eu-annex-i',
        label: act.act.split(' of ')[0]!,
        effectiveFrom: act.effectiveFrom,
        description: `${act.act}; ${derivedNote}; EU-autonomous entries curated`,
        entries: [...derived, ...own],
        warnings: [...warn, ...(act.verified ? [] : [`act not verified: ${act.verify}`])],
      }),
    );
  }
  out.push(...onlyCurated('eu-annex-iv', EU_ANNEX_IV, 'Annex IV of Reg. (EU) 2021/821, curated (unverified list)'));
  out.push(
    ...onlyCurated(
      'nl-national',
      NL_NATIONAL,
      'Dutch national list for advanced semiconductor manufacturing equipment, curated',
    ),
  );
  out.push(
    ...onlyCurated(
      'jp-fefta',
      JP_SME_2023,
      'Japan: 23 semiconductor-equipment items of 23 Jul 2023, by published group',
    ),
  );
  if (us) {
    const uk = deriveEntries(us.entries, {
      list: 'uk-strategic',
      jurisdiction: 'UK',
      citation: 'assimilated Reg. (EC) 428/2009 Annex I (UK dual-use list)',
      effectiveFrom: us.effectiveFrom,
      regimes: ALL_MULTILATERAL,
      usVersion: us.version,
    });
    const national = curatedInForce(UK_NATIONAL, us.effectiveFrom).map((i) => curatedEntry('uk-strategic', 'UK', i));
    out.push(
      version({
        list: 'uk-strategic',
        label: `curated + derived from US ${us.version}`,
        effectiveFrom: us.effectiveFrom,
        description: `${UK_DUAL_USE_BASIS.text} (${UK_DUAL_USE_BASIS.citation}); ${derivedNote}; national PL entries curated`,
        entries: [...uk, ...national],
      }),
    );
    out.push(
      version({
        list: 'wa-dual-use',
        label: `derived from US ${us.version}`,
        effectiveFrom: us.effectiveFrom,
        description: `Wassenaar Dual-Use List entries (numbered there as "3.B.1") = US x0xx entries of Categories 1-9 by number (the list has no Category 0); ${derivedNote}`,
        entries: deriveEntries(us.entries, {
          list: 'wa-dual-use',
          jurisdiction: 'WA',
          citation: 'Wassenaar Arrangement List of Dual-Use Goods and Technologies',
          effectiveFrom: us.effectiveFrom,
          regimes: WASSENAAR_ONLY,
          usVersion: us.version,
        }),
      }),
    );
    out.push(
      version({
        list: 'au-dsgl',
        label: `DSGL 2024 Part 2, derived from US ${us.version}`,
        effectiveFrom: AU_DSGL.effectiveFrom,
        description: `${AU_DSGL.numbering} ${derivedNote}`,
        entries: deriveEntries(us.entries, {
          list: 'au-dsgl',
          jurisdiction: 'AU',
          citation: AU_DSGL.citation,
          effectiveFrom: AU_DSGL.effectiveFrom,
          regimes: ALL_MULTILATERAL,
          usVersion: us.version,
        }),
        warnings: [`not verified: ${AU_DSGL.verify}`],
      }),
    );
  } else {
    out.push(
      ...onlyCurated(
        'uk-strategic',
        UK_NATIONAL,
        'UK national PL entries only (no US CCL given for the derived dual-use entries)',
      ),
    );
  }
  return out;
}
