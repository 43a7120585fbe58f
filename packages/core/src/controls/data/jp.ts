/**
 * Japan: 23 semiconductor-manufacturing equipment items added to list control under the
 * Foreign Exchange and Foreign Trade Act by amending the Ministerial Order specifying goods and
 * technologies (貨物等省令, MITI Ordinance No. 49 of 1991) under Export Trade Control Order
 * Appended Table 1; promulgated 23 May 2023, in force 23 Jul 2023. Licence for all
 * destinations; bulk licences only for the 42 "friendly" destinations.
 *
 * Keyed by the provision a Japanese exporter writes on a form: "Art. 6 item 17 (ka)" (第6条第17号カ),
 * code JP6-17-KA. Where the provisions come from: Baker McKenzie's table (2 Jun 2023) gives each
 * group as a range of iroha sub-items of item 17 ("Cleaning (3 items) Item 17 (ya)-(ke)"); each
 * range, read in the iroha order the ordinance numbers sub-items by, holds exactly its group's
 * count (3+11+1+4+3+1 = 23, checked in jp.test.ts), so every item has its letter. Art. 6 is the
 * article for row 7 (electronics) of Appended Table 1 (yushutsu.com matrix of the ordinance). Not
 * known: which device of a group each letter is — the summary says so rather than guess.
 * The group codes used before (JP2023CLN ... JP2023INS) stay as aliases of their items.
 */
import type { CuratedItem } from './curated';
import { IROHA, romajiOf } from './jp-provision';

const ORDER =
  'METI Ministerial Order of 23 May 2023 amending the Ministerial Order specifying goods and technologies under Appended Table 1 of the Export Trade Control Order and the Appended Table of the Foreign Exchange Order (貨物等省令, MITI Ordinance No. 49 of 1991), in force 23 Jul 2023';
const SRC =
  'https://www.globalcompliancenews.com/2023/06/02/https-sanctionsnews-bakermckenzie-com-japanese-government-imposes-additional-controls-on-semiconductor-related-items-_05302023/ (table "Items / Provision of the Ministry Order"; secondary); https://yushutsu.com/matrix7/ (Art. 6 = Appended Table 1 row 7); Dempa Shimbun 26 May 2023 (group counts)';
const VERIFY =
  "Provision from a law-firm table of ranges, expanded in iroha order (the count of each range matches its group): check the letter and the device it covers against the 貨物等省令 as amended (e-Gov, 令和5年 amendment in force 23 Jul 2023) and METI's comparison table (新旧対照表).";

export interface JpGroup {
  alias: string;
  heading: string;
  count: number;
  range: string;
  summary: string;
  us: string[];
}

/** The six groups METI published, with the range of item 17 each covers (Baker McKenzie's table, quoted). */
export const JP_SME_2023_GROUPS: readonly JpGroup[] = [
  {
    alias: 'JP2023CLN',
    heading: 'Cleaning equipment',
    count: 3,
    range: 'Item 17 (ya)-(ke)',
    summary: 'Wafer cleaning and surface-preparation equipment for advanced nodes.',
    us: ['3B001'],
  },
  {
    alias: 'JP2023DEP',
    heading: 'Deposition (film-formation) equipment',
    count: 11,
    range: 'Item 17 (re)-(o)',
    summary: 'Film-deposition equipment (e.g. ALD, epitaxy, metal deposition) for advanced logic and memory.',
    us: ['3B001', '3B090'],
  },
  {
    alias: 'JP2023ANL',
    heading: 'Annealing (heat-treatment) equipment',
    count: 1,
    range: 'Item 17 (ku)',
    summary: 'Heat-treatment equipment for advanced nodes.',
    us: ['3B001'],
  },
  {
    alias: 'JP2023LIT',
    heading: 'Lithography (exposure) equipment',
    count: 4,
    range: 'Item 17 (ru)-(wa), Item 17-2',
    summary: 'Exposure and related equipment, including EUV-related items (masks/pellicles, resist processing).',
    us: ['3B001.f', '3B001.l', '3B001.p'],
  },
  {
    alias: 'JP2023ETC',
    heading: 'Etching equipment',
    count: 3,
    range: 'Item 17 (ka)-(ta)',
    summary: 'Dry/wet etching equipment, including etching for 3D-stacked memory.',
    us: ['3B001.c'],
  },
  {
    alias: 'JP2023INS',
    heading: 'Inspection equipment',
    count: 1,
    range: 'Item 17 (fu)',
    summary: 'Inspection equipment for EUV mask blanks/masks.',
    us: ['3B001'],
  },
];

/** "Item 17 (ya)-(ke), Item 17-2" → ['17-YA', '17-MA', '17-KE', '17-2'] (iroha order). */
export function expandRange(range: string): string[] {
  const out: string[] = [];
  for (const part of range.split(/,\s*/)) {
    const m = /^Item (\d+) \(([a-z]+)\)(?:-\(([a-z]+)\))?$/.exec(part);
    const whole = /^Item (\d+-\d+)$/.exec(part);
    if (whole) {
      out.push(whole[1]!);
      continue;
    }
    if (!m) throw new Error(`jp.ts: range '${part}' is not "Item N (x)-(y)" or "Item N-M"`);
    const from = IROHA.findIndex((k) => romajiOf(k) === m[2]);
    const to = m[3] ? IROHA.findIndex((k) => romajiOf(k) === m[3]) : from;
    if (from < 0 || to < from) throw new Error(`jp.ts: range '${part}' is not in iroha order`);
    for (const k of IROHA.slice(from, to + 1)) out.push(`${m[1]}-${romajiOf(k).toUpperCase()}`);
  }
  return out;
}

/** "17-KA" → "Art. 6 item 17 (ka)"; "17-2" → "Art. 6 item 17-2". */
export const provisionLabel = (key: string): string => {
  const m = /^(\d+)-([A-Z]+)$/.exec(key);
  return m ? `Art. 6 item ${m[1]} (${m[2]!.toLowerCase()})` : `Art. 6 item ${key}`;
};

/** The 23 items of 23 July 2023, one per provision. */
export const JP_SME_2023: readonly (CuratedItem & { aliases: string[] })[] = JP_SME_2023_GROUPS.flatMap((g) => {
  const keys = expandRange(g.range);
  return keys.map((key, i) => ({
    code: `JP6-${key}`,
    heading: `${provisionLabel(key)}: ${g.heading.toLowerCase()} (${i + 1} of ${g.count})`,
    summary: `${g.summary} One of the ${g.count} ${g.heading.toLowerCase()} items of ${g.range} of the Ministerial Order; which device this sub-item covers is not recorded here (its text was not read).`,
    citation: `${ORDER}, ${provisionLabel(key)}`,
    effectiveFrom: '2023-07-23',
    verified: false,
    verify: VERIFY,
    source: SRC,
    usCounterparts: g.us,
    aliases: [g.alias],
  }));
});

export const JP_SME_2023_COUNT = 23;
