/**
 * Japan: 23 semiconductor-manufacturing equipment items added to list control under the
 * Foreign Exchange and Foreign Trade Act by amending the METI Ministerial Order specifying goods
 * and technologies (貨物等省令) under Export Trade Control Order Appended Table 1; promulgated
 * 23 May 2023, in force 23 Jul 2023. Licence for all destinations; bulk licences only for the
 * 42 "friendly" destinations. Published by provision: "Item 17 (ya)-(ke)" etc. (iroha sub-items).
 */
import type { CuratedItem } from './curated';

const ORDER = 'METI Ministerial Order of 23 May 2023 amending the Ministerial Order specifying goods and technologies under Appended Table 1 of the Export Trade Control Order and the Appended Table of the Foreign Exchange Order (貨物等省令, MITI Ordinance No. 49 of 1991), in force 23 Jul 2023';
const SRC = 'Baker McKenzie (globalcompliancenews.com, 2 Jun 2023) table "Items / Provision of the Ministry Order"; Dempa Shimbun 26 May 2023 (3 cleaning, 11 deposition, 1 annealing, 4 lithography, 3 etching, 1 inspection); Hogan Lovells (23 types, 42 destinations)';
const VERIFY = 'Group, count and provision letters from secondary sources (law-firm table, trade press); check the article number (Art. 6?) and each sub-item against the 貨物等省令 as amended (e-Gov) and METI\'s comparison table.';

const group = (code: string, heading: string, count: number, provision: string, summary: string, us: string[]): CuratedItem => ({
  code, heading: `${heading} (${count} item${count > 1 ? 's' : ''})`, summary: `${summary} Provision: ${provision} of the Ministerial Order.`,
  citation: `${ORDER}, ${provision}`, effectiveFrom: '2023-07-23', verified: false, verify: VERIFY, source: SRC, usCounterparts: us,
});

/** The 23 items of 23 July 2023, by the six groups METI published (3+11+1+4+3+1). */
export const JP_SME_2023: readonly CuratedItem[] = [
  group('JP2023CLN', 'Cleaning equipment', 3, 'Item 17 (ya)-(ke)', 'Wafer cleaning and surface-preparation equipment for advanced nodes.', ['3B001']),
  group('JP2023DEP', 'Deposition (film-formation) equipment', 11, 'Item 17 (re)-(o)', 'Film-deposition equipment (e.g. ALD, epitaxy, metal deposition) for advanced logic and memory.', ['3B001', '3B090']),
  group('JP2023ANL', 'Annealing (heat-treatment) equipment', 1, 'Item 17 (ku)', 'Heat-treatment equipment for advanced nodes.', ['3B001']),
  group('JP2023LIT', 'Lithography (exposure) equipment', 4, 'Item 17 (ru)-(wa) and Item 17-2', 'Exposure and related equipment, including EUV-related items (masks/pellicles, resist processing).', ['3B001.f', '3B001.l', '3B001.p']),
  group('JP2023ETC', 'Etching equipment', 3, 'Item 17 (ka)-(ta)', 'Dry/wet etching equipment, including etching for 3D-stacked memory.', ['3B001.c']),
  group('JP2023INS', 'Inspection equipment', 1, 'Item 17 (fu)', 'Inspection equipment for EUV mask blanks/masks.', ['3B001']),
];

export const JP_SME_2023_COUNT = 23;
