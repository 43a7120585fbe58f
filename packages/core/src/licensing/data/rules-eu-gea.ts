/**
 * Union general export authorisations EU002-EU008 (Reg. (EU) 2021/821 Art. 12(1)(e), Annex II
 * sections b-h; EU001 is in rules-eu.ts). Each covers the Art. 3 (Annex I) requirement only: the
 * engine never applies one over an Art. 4 / Art. 5 requirement or a sanctions prohibition, as each
 * GEA's conditions exclude exporters informed or aware of such uses.
 *
 * The item and destination lists below were transcribed from the reviewer's reading of Annex II,
 * not checked line by line against the Official Journal text in this session (see `unverified`);
 * where unsure, destinations were left OUT so an exception is under- rather than over-offered.
 */
import type { LicensingRule, RuleCondition } from '../model';
import { EU001_EXCLUDED, EU_ARMS_EMBARGOED, R821 } from './rules-eu';
import { EU_ANNEX_IV } from './rules-eu-catchall';

/**
 * Items no Union GEA covers (Annex IV and the excluded entries), and destinations the repair / exhibition GEAs exclude.
 */
const EXCLUDED_ITEMS: RuleCondition = { not: { eccnIn: [...new Set([...EU001_EXCLUDED, ...EU_ANNEX_IV])] } };
const EMBARGOED_OR_E1: RuleCondition = { not: { destinationIn: [...EU_ARMS_EMBARGOED, 'E:1'] } };
const registration = (code: string) => [
  `register before first use and report as the Member State requires (Annex II, ${code} conditions)`,
  `customs declaration states X002 and ${code}`,
  'not usable if informed or aware of an Art. 4 end use',
];
const CHECK =
  "Annex II item/destination lists transcribed from the reviewer's reading, not checked against the OJ text";

/**
 * One Union general export authorisation of Annex II: its code, Annex II section, scope, and conditions beyond the
 * common ones.
 */
interface Gea {
  code: string;
  section: string;
  title: string;
  when: RuleCondition;
  unverified: string;
  extra?: string[];
}

const gea = ({ code, section, title, when, unverified, extra = [] }: Gea): LicensingRule => ({
  id: `EU-${code}`,
  jurisdiction: 'EU',
  stage: 'exception',
  title: `Union general export authorisation ${code}: ${title}`,
  citation: `Reg. (EU) 2021/821 Art. 12(1)(e), Annex II${section}`,
  source: R821,
  effectiveFrom: '2021-09-09',
  when: { all: [when, EXCLUDED_ITEMS] },
  effect: {
    decision: 'LICENCE_EXCEPTION',
    authorisation: code,
    reasons: ['Annex I'],
    conditions: [...registration(code), ...extra],
  },
  unverified: `${CHECK}: ${unverified}`,
});

export const EU_GEA_RULES: LicensingRule[] = [
  gea({
    code: 'EU002',
    section: 'b',
    title: 'certain dual-use items to AR, ZA, KR, TR',
    when: {
      all: [
        { destinationIn: ['AR', 'ZA', 'KR', 'TR'] },
        {
          eccnIn: [
            '1A001',
            '1A003',
            '1A004',
            '1C003.b',
            '1C003.c',
            '1C004',
            '1C005',
            '1C006',
            '1C008',
            '1C009',
            '2B008',
            '3A001.a.3',
            '3A001.a.6',
            '3A001.a.7',
            '3A001.a.8',
            '3A001.a.9',
            '3A001.a.10',
            '3A001.a.11',
            '3A001.a.12',
            '3A002.c',
            '3A002.d',
            '3A002.e',
            '3A002.f',
            '3C001',
            '3C002',
            '3C003',
            '3C004',
            '3C005',
            '3C006',
          ],
        },
      ],
    },
    unverified: 'EU002 items (Part 1) and destinations (Part 2)',
  }),
  gea({
    code: 'EU003',
    section: 'c',
    title: 'export after repair or replacement to the country of origin',
    when: { all: [{ itemFlag: 'returning_after_repair' }, EMBARGOED_OR_E1] },
    unverified: 'excluded destinations (Part 2) approximated by the arms-embargoed countries and E:1',
    extra: [
      'the item was imported into the Union for maintenance, repair or replacement and is re-exported without enhanced characteristics',
    ],
  }),
  gea({
    code: 'EU004',
    section: 'd',
    title: 'temporary export for an exhibition or fair',
    when: { all: [{ itemFlag: 'temporary_exhibition' }, EMBARGOED_OR_E1] },
    unverified: 'excluded destinations approximated by the arms-embargoed countries and E:1',
    extra: ['re-imported in its entirety and unmodified within 120 days of export'],
  }),
  gea({
    code: 'EU005',
    section: 'e',
    title: 'telecommunications items to AR, IN, ZA, KR, TR',
    when: {
      all: [
        { destinationIn: ['AR', 'IN', 'ZA', 'KR', 'TR'] },
        { eccnIn: ['5A001.b.5', '5A001.e', '5B001.a', '5D001.a', '5D001.b', '5E001.a', '5E001.b'] },
      ],
    },
    unverified:
      'EU005 items; China (incl. HK, Macao) is believed to be an EU005 destination but is left out until checked',
  }),
  gea({
    code: 'EU006',
    section: 'f',
    title: 'certain chemicals to AR, IS, KR, TR, UA',
    when: {
      all: [{ destinationIn: ['AR', 'IS', 'KR', 'TR', 'UA'] }, { eccnIn: ['1C350', '1C450.a', '1C450.b'] }],
    },
    unverified: 'EU006 lists individual 1C350 / 1C450 paragraphs; whole entries are used here',
  }),
  gea({
    code: 'EU007',
    section: 'g',
    title: 'intra-group transfer of software and technology',
    when: {
      all: [
        { itemFlag: 'intra_group' },
        { codeMatches: '^\\d[DE]' },
        {
          destinationIn: [
            'AR',
            'BR',
            'CL',
            'IN',
            'ID',
            'IL',
            'JO',
            'MY',
            'MX',
            'MA',
            'PH',
            'SG',
            'ZA',
            'KR',
            'TN',
            'TR',
            'AE',
          ],
        },
      ],
    },
    unverified: 'EU007 destination list (Part 2) and the item exclusions of its Part 1',
    extra: [
      'to a subsidiary or sister company wholly owned or controlled by the same parent, for its own product development',
    ],
  }),
  gea({
    code: 'EU008',
    section: 'h',
    title: 'encryption items',
    when: {
      all: [
        { eccnIn: ['5A002', '5B002', '5D002', '5E002'] },
        { not: { destinationIn: [...EU_ARMS_EMBARGOED, 'E:1', 'D:5', 'D:1'] } },
        { not: { eccnIn: ['5A004', '5D002.c.3'] } },
      ],
    },
    unverified:
      'EU008 destinations: the destinations it excludes are approximated conservatively by the arms-embargoed countries, E:1, D:1 and D:5',
  }),
];
