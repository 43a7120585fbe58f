/**
 * The curated overlay: facts of the country tables that an imported source cannot state, each
 * with its citation (and a quoted passage where one was read). Shown as "curated" wherever a
 * fact is displayed or used, never as imported.
 */
import { EU_MEMBER_STATE_CODES } from '../common/eu-member-states';
import type { ChartColumn, EarGroup } from './model';

export interface CuratedRow {
  country: string;
  /** Every chart column is marked: the destination is governed by part 746, not by the chart. */
  citation: string;
  quote?: string;
  url?: string;
  note: string;
}

/**
 * Embargoed destinations. In the official chart their rows refer to part 746 instead of marking
 * columns (the CSV re-serialisation keeps only CB1 of them; its SOURCE.md: "Do not read their blanks
 * as 'no licence required'"). Every column is taken as marked: each section below requires a
 * licence for at least every item on the CCL, so no chart column can be blank for them.
 */
export const EMBARGOED_ROWS: readonly CuratedRow[] = [
  {
    country: 'CU',
    citation: '15 CFR 746.2(a)',
    url: 'https://www.bis.doc.gov/index.php/cuba',
    quote:
      'The export and reexport to Cuba of items subject to the Export Administration Regulations (EAR) require a BIS license unless authorized by a license exception specified in section 746.2(a)(1) of the EAR or exempted from license requirements in section 746.2(a)(2).',
    note: 'Cuba: a licence for all items subject to the EAR (part 746 governs, not the chart)',
  },
  {
    country: 'IR',
    citation: '15 CFR 746.7(a); 742.8',
    note: 'Iran: a licence for every item on the CCL (part 746 governs; chart footnote 1)',
  },
  {
    country: 'KP',
    citation: '15 CFR 746.4(a); 742.19(a)(1)',
    quote:
      'All items on the Commerce Control List (CCL) (i.e., with a designation other than EAR99) that are controlled for anti-terrorism reasons require a license for export or reexport to North Korea. This includes all items on the CCL containing AT column 1 or AT column 2 in the Country Chart column of the License requirements section of an ECCN',
    note: 'North Korea: a licence for all items subject to the EAR except food and medicine classified EAR99 (part 746 governs; chart footnote 1)',
  },
  {
    country: 'SY',
    citation: '15 CFR 746.9(a); 742.9',
    note: 'Syria: a licence for every item on the CCL (part 746 governs)',
  },
];

/**
 * The anti-terrorism columns where a source does not capture them (the CSV layout never does).
 * Part 742 describes every reason for control of the chart (742.1(a), quoted); its AT sections
 * name only Iran (742.8), Syria (742.9) and North Korea (742.19), all embargoed rows above. So AT1
 * and AT2 are blank for every other destination — a curated reading, shown as such.
 */
export const AT_COLUMNS: readonly ChartColumn[] = ['AT1', 'AT2'];
export const AT_BLANK = {
  citation: '15 CFR 742.1(a); 742.8, 742.9, 742.19',
  quote:
    'This part describes all the reasons for control reflected in the Country Chart in Supplement No. 1 to part 738 of the EAR.',
  note: 'AT1/AT2 not captured by the source; part 742 imposes anti-terrorism licence requirements only for Iran, Syria and North Korea',
};

/**
 * Destinations the EAR read as another: Hong Kong as China since 85 FR 83765 (chart and groups);
 * Liechtenstein, which has a chart row but no Country Groups row, as Switzerland for its groups
 * (chart footnote 5, attached to the Liechtenstein row).
 */
export const ALIASES: readonly {
  country: string;
  as: string;
  from: string;
  scope: 'all' | 'groups';
  citation: string;
  quote: string;
}[] = [
  {
    country: 'HK',
    as: 'CN',
    from: '2020-12-23',
    scope: 'all',
    citation: '85 FR 83765 (23 Dec 2020)',
    quote: 'Removal of Hong Kong as a Separate Destination Under the Export Administration Regulations',
  },
  {
    country: 'LI',
    as: 'CH',
    from: '1996-03-25',
    scope: 'groups',
    citation: '15 CFR part 738, Supplement No. 1, footnote 5',
    quote: 'Refer to Switzerland for licensing requirements for Liechtenstein under the EAR.',
  },
];

/** Groups that are not EAR groups but which the non-US rules name (curated, with citation). */
export const CURATED_GROUPS: Readonly<Record<string, { members: readonly string[]; citation: string; note: string }>> =
  {
    EU: {
      members: EU_MEMBER_STATE_CODES,
      citation: 'TEU Art. 52(1); Reg. (EU) 2021/821 Art. 2(2)',
      note: 'the 27 member states of the European Union (not an EAR Country Group)',
    },
  };

export type { EarGroup };
