/**
 * US navigation and military-aircraft entries (15 CFR 774 Supp. 1, text of our eCFR snapshot,
 * H1 2025): inertial measurement equipment by unaided "accuracy" (7A003.a-c, a Wassenaar entry)
 * and 'military aircraft' of the 600 series (9A610.a, US-only: munitions items moved from the
 * USML to the CCL by export control reform).
 */
import type { ClassificationRule, Condition } from './rule';

const SNAPSHOT = {
  jurisdiction: 'US',
  effectiveFrom: '2025-01-16',
  effectiveFromIsLowerBound: true,
  amendedBy: 'text of the eCFR snapshot (H1 2025)',
} as const;
const fn = (...values: string[]): Condition => ({ param: 'function', op: 'includes', value: values });
const is = (param: string, value = true): Condition => ({ param, op: 'is', value });
const platform = (p: string): Condition => ({ param: 'ins_platforms', op: 'includes', value: [p] });

const INS: Condition = {
  any: [
    fn('inertial_navigation'),
    {
      given: [
        'position_error_rate_nmi_per_h',
        'position_error_percent_of_distance',
        'position_drift_24h_nmi',
        'aiding_loss_cep_m',
        'heading_accuracy_deg_sec_lat',
      ],
    },
  ],
};
const CIVIL_CERTIFIED = [
  {
    when: is('civil_aircraft_certified'),
    note: '7A003 does not apply to \'inertial measurement equipment or systems\' certified for use on "civil aircraft" by civil aviation authorities of a Wassenaar Participating State',
    citation: '15 CFR 774 Supp. 1, ECCN 7A003 (note at the head of the Items paragraph); 15 CFR 743 Supp. 1',
  },
] as const;

const AIRCRAFT: Condition = {
  any: [fn('aircraft', 'uav'), { given: ['specially_designed_military', 'usml_viii_a_enumerated'] }],
};

export const US_AEROSPACE_RULES: readonly ClassificationRule[] = [
  {
    ...SNAPSHOT,
    code: '7A003.a',
    title:
      'Unaided inertial navigation: ≤ 0.8 nmi/h CEP rate (aircraft), ≤ 0.5 % of distance CEP (land vehicles) or ≤ 1 nmi CEP in 24 h (vessels)',
    citation: '15 CFR 774 Supp. 1, ECCN 7A003.a and its Technical Notes',
    scope: INS,
    when: {
      all: [
        fn('inertial_navigation'),
        {
          // Technical Note to 7A003.a: each figure applies to its platform; multi-platform equipment is evaluated
          // against each.
          any: [
            {
              label: 'a.1',
              all: [platform('aircraft'), { param: 'position_error_rate_nmi_per_h', op: '<=', value: 0.8 }],
            },
            {
              label: 'a.2',
              all: [platform('land_vehicle'), { param: 'position_error_percent_of_distance', op: '<=', value: 0.5 }],
            },
            { label: 'a.3', all: [platform('vessel'), { param: 'position_drift_24h_nmi', op: '<=', value: 1 }] },
          ],
        },
      ],
    },
    unless: CIVIL_CERTIFIED,
    caveat:
      'Accuracies are those subsequent to normal alignment, without positional aiding references (GNSS, DBRN). MT controls apply only to 7A003.d items meeting 7A103.',
  },
  {
    ...SNAPSHOT,
    code: '7A003.b',
    title:
      "Inertial equipment with an embedded 'positional aiding reference', better than 10 m CEP for up to 4 minutes after losing all aiding",
    citation: '15 CFR 774 Supp. 1, ECCN 7A003.b and its Technical Note',
    scope: INS,
    when: {
      all: [
        fn('inertial_navigation'),
        { param: 'positional_aiding', op: 'includes', value: ['embedded'] },
        { param: 'aiding_loss_cep_m', op: '<', value: 10 },
      ],
    },
    unless: CIVIL_CERTIFIED,
  },
  {
    ...SNAPSHOT,
    code: '7A003.c',
    title:
      'Heading / True North equipment: ≤ 0.07 deg sec(Lat) below 500 deg/s, or ≤ 0.2 deg sec(Lat) at ≥ 500 deg/s, unaided',
    citation: '15 CFR 774 Supp. 1, ECCN 7A003.c',
    scope: INS,
    when: {
      all: [
        fn('inertial_navigation'),
        {
          any: [
            {
              label: 'c.1',
              all: [
                { param: 'max_angular_rate_deg_s', op: '<', value: 500 },
                { param: 'heading_accuracy_deg_sec_lat', op: '<=', value: 0.07 },
              ],
            },
            {
              label: 'c.2',
              all: [
                { param: 'max_angular_rate_deg_s', op: '>=', value: 500 },
                { param: 'heading_accuracy_deg_sec_lat', op: '<=', value: 0.2 },
              ],
            },
          ],
        },
      ],
    },
    unless: CIVIL_CERTIFIED,
    caveat: '7A003.d (multi-axis IMUs meeting 7A001/7A002, space-qualified ARW ≤ 0.1 deg/√h) is not modelled.',
  },
  {
    ...SNAPSHOT,
    code: '9A610.a',
    title: '\'Military aircraft\' "specially designed" for a military use and not enumerated in USML paragraph VIII(a)',
    citation: '15 CFR 774 Supp. 1, ECCN 9A610.a and its Notes 1-2',
    verify:
      'First added by the initial "600 series" rule (78 FR 22660, 16 Apr 2013, effective 15 Oct 2013, as we recall): confirm in the Federal Register before using dates before the snapshot.',
    scope: AIRCRAFT,
    when: { all: [fn('aircraft', 'uav'), is('specially_designed_military'), is('usml_viii_a_enumerated', false)] },
    unless: [
      {
        when: { all: [is('first_manufactured_before_1946'), is('incorporates_usml_items', false)] },
        note: 'Note 2 to 9A610.a: military aircraft first manufactured before 1946 that incorporate no USML defense articles or operable USML weapons are not controlled',
        citation: '15 CFR 774 Supp. 1, ECCN 9A610, Note 2 to paragraph .a',
      },
    ],
    caveat:
      "Aircraft enumerated in USML VIII(a) are subject to the ITAR, not the EAR. The LM-100J is 'military aircraft' by name (Note 1); L-100 aircraft made before 2013 are 9A610.b (not modelled). US-only: no Wassenaar, EU or UK counterpart is derived.",
  },
];
