/**
 * The lists an owner can be on, as ids the ownership regimes name (data/ownership-regimes.ts
 * `lists`), with what each id means and the names other sources give it. A company file names
 * them in `listed_on`; a FollowTheMoney export names them in `datasets` (OpenSanctions dataset
 * names, mapped here). An unknown name is never guessed into a list.
 */

export interface OwnershipList {
  id: string;
  title: string;
  citation: string;
  /** Names other sources use for the same list (OpenSanctions dataset names). */
  aliases: readonly string[];
}

export const OWNERSHIP_LISTS: readonly OwnershipList[] = [
  {
    id: 'us_ofac_sdn',
    title: 'OFAC Specially Designated Nationals and Blocked Persons List',
    citation: '31 CFR 501 App. A; https://sanctionslist.ofac.treas.gov/',
    aliases: ['us_ofac_sdn', 'sdn'],
  },
  {
    id: 'eu_fsf',
    title: 'EU consolidated list of persons, groups and entities subject to financial sanctions',
    citation:
      'Reg. (EU) 269/2014 Annex I and the other asset-freeze regulations; https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions',
    aliases: ['eu_fsf'],
  },
  {
    id: 'us_bis_entity_list',
    title: 'BIS Entity List (15 CFR 744 Supp. 4)',
    citation: '15 CFR 744.11 and Supp. No. 4 to part 744',
    aliases: ['us_bis_entity_list', 'entity_list'],
  },
  {
    id: 'us_bis_meu',
    title: 'BIS Military End-User List (15 CFR 744 Supp. 7)',
    citation: '85 FR 83793 (FR Doc. 2020-28052); Supp. No. 7 to part 744',
    aliases: ['us_bis_meu', 'meu'],
  },
];

// "us-bis-entity-list", "US_BIS_Entity_List" and "us bis entity list" are one id.
const key = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const byAlias = new Map(OWNERSHIP_LISTS.flatMap((l) => [l.id, ...l.aliases].map((a) => [key(a), l.id])));

/** The list id a source name stands for; undefined when it names none of ours. */
export const ownershipListOf = (name: string): string | undefined => byAlias.get(key(name));
