/**
 * Amendments to the country tables whose effect is modelled, so that a transaction dated before
 * an imported version's content date gets the tables as they stood then — as far as these go.
 * Each entry: the rule that made the change and what it changed. A determination dated before the
 * version it uses still carries an open question (tables.ts): amendments not listed here are not
 * reflected, and the honest answer is to import the version in force on that date.
 */
import type { ChartColumn, EarGroup } from './model';

export type Amendment =
  | {
      kind: 'chart';
      country: string;
      columns: readonly ChartColumn[];
      marked: boolean;
      effective: string;
      citation: string;
      note: string;
    }
  | {
      kind: 'group';
      country: string;
      group: EarGroup;
      added: boolean;
      effective: string;
      citation: string;
      note: string;
    };

/**
 * `marked`/`added` is the state from `effective` on; before it, the opposite. Ordered by date.
 */
export const AMENDMENTS: readonly Amendment[] = [
  {
    kind: 'group',
    country: 'KH',
    group: 'D:5',
    added: true,
    effective: '2021-12-09',
    citation: '86 FR 70015 (9 Dec 2021)',
    note: 'Cambodia added to Country Group D:5',
  },
  {
    kind: 'group',
    country: 'NI',
    group: 'D:5',
    added: true,
    effective: '2024-03-15',
    citation: '89 FR 18780 (15 Mar 2024)',
    note: 'Nicaragua added to Country Group D:5',
  },
  {
    kind: 'chart',
    country: 'AU',
    columns: ['NS1', 'MT1', 'RS1'],
    marked: false,
    effective: '2024-04-19',
    citation: '89 FR 28594 (19 Apr 2024)',
    note: 'AUKUS rule: the X in NS1, MT1 and RS1 removed for Australia',
  },
  {
    kind: 'chart',
    country: 'GB',
    columns: ['NS1', 'MT1', 'RS1'],
    marked: false,
    effective: '2024-04-19',
    citation: '89 FR 28594 (19 Apr 2024)',
    note: 'AUKUS rule: the X in NS1, MT1 and RS1 removed for the United Kingdom',
  },
  // The FR page citation was not read here; the rule is identified by its title, RIN and docket, and
  // reported as: "Cambodia is no longer a Country Group D:5 country" (it keeps D:1).
  {
    kind: 'group',
    country: 'KH',
    group: 'D:5',
    added: false,
    effective: '2026-02-03',
    citation:
      'BIS final rule "Export Administration Regulations: Conforming Change for Cambodia", RIN 0694-AK41, Docket No. 260127-0035, effective 3 Feb 2026',
    note: 'Cambodia removed from Country Group D:5',
  },
];

/** The amendments between `asOf` (exclusive) and `contentDate` (inclusive), newest first: to be reversed for `asOf`. */
export const amendmentsAfter = (asOf: string, contentDate: string): Amendment[] =>
  AMENDMENTS.filter((a) => a.effective > asOf && a.effective <= contentDate).reverse();
