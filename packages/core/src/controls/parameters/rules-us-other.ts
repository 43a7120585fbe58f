/**
 * US sensor, UAV, navigation and software entries with a test on item attributes
 * (15 CFR 774 Supp. 1, text of our eCFR snapshot, H1 2025): thermal cameras (6A003.b.4.b,
 * 6A993.a), UAVs (9A012.a), GNSS receivers (7A005), intrusion software (4A005, 4D004) and
 * EUV computational-lithography software (3D003, added after the Wassenaar 2023 plenary).
 */
import type { ClassificationRule, Condition } from './rule';

const SNAPSHOT = {
  jurisdiction: 'US',
  effectiveFrom: '2025-01-16',
  effectiveFromIsLowerBound: true,
  amendedBy: 'text of the eCFR snapshot (H1 2025)',
} as const;
const fn = (...values: string[]): Condition => ({ param: 'function', op: 'includes', value: values });
const kind = (...values: string[]): Condition => ({ param: 'item_kind', op: 'includes', value: values });
const is = (param: string, value = true): Condition => ({ param, op: 'is', value });

const CAMERA: Condition = { any: [{ given: ['fpa_type', 'frame_rate_hz'] }, fn('thermal_imaging')] };
const UAV: Condition = { any: [{ given: ['endurance_h', 'wind_gust_kmh', 'beyond_visual_line_of_sight'] }, fn('uav')] };
const GNSS: Condition = { any: [{ given: ['gnss_government_decryption', 'adaptive_antenna'] }, fn('navigation')] };
const INTRUSION: Condition = { any: [fn('intrusion_software'), { given: ['authorised_updates_only'] }] };

export const US_OTHER_RULES: readonly ClassificationRule[] = [
  {
    ...SNAPSHOT,
    code: '6A003.b.4.b',
    title: 'Imaging cameras incorporating non-space-qualified 2-D microbolometer focal plane arrays (6A002.a.3.f)',
    citation: '15 CFR 774 Supp. 1, ECCN 6A003.b.4.b; 6A002.a.3.f',
    scope: CAMERA,
    when: { all: [fn('thermal_imaging'), { param: 'fpa_type', op: 'includes', value: ['microbolometer_2d'] }] },
    unless: [
      {
        when: { param: 'frame_rate_hz', op: '<=', value: 9 },
        note: 'Note 3.a to 6A003.b.4.b: cameras with a maximum frame rate of 9 Hz or less are not controlled (see 6A993.a)',
        citation: '15 CFR 774 Supp. 1, ECCN 6A003, Note 3 to 6A003.b.4.b',
      },
    ],
    caveat:
      'Note 3.b (fixed lens, IFOV ≥ 2 mrad, no direct view, single application) and 3.c (vehicle driver-assist cameras) are not modelled; cooled FPAs (6A003.b.4.a) are not modelled.',
  },
  {
    ...SNAPSHOT,
    code: '6A993.a',
    title: 'Cameras meeting the criteria of Note 3 to 6A003.b.4 (e.g. ≤ 9 Hz microbolometer cameras)',
    citation: '15 CFR 774 Supp. 1, ECCN 6A993.a',
    scope: CAMERA,
    when: {
      all: [
        fn('thermal_imaging'),
        { param: 'fpa_type', op: 'includes', value: ['microbolometer_2d'] },
        { param: 'frame_rate_hz', op: '<=', value: 9 },
      ],
    },
  },
  {
    ...SNAPSHOT,
    code: '9A012.a',
    title:
      "UAVs designed for flight beyond the operator's natural vision, with endurance ≥ 1 h, or 30 min-1 h and stable in gusts ≥ 46.3 km/h",
    citation: '15 CFR 774 Supp. 1, ECCN 9A012.a and its Technical Notes',
    scope: UAV,
    when: {
      all: [
        fn('uav'),
        is('beyond_visual_line_of_sight'),
        {
          any: [
            {
              label: 'a.1',
              all: [
                { param: 'endurance_h', op: '>=', value: 0.5 },
                { param: 'endurance_h', op: '<', value: 1 },
                { param: 'wind_gust_kmh', op: '>=', value: 46.3 },
              ],
            },
            { label: 'a.2', all: [{ param: 'endurance_h', op: '>=', value: 1 }] },
          ],
        },
      ],
    },
    // Order of review (15 CFR 774 Supp. 4): a "600 series" entry takes precedence over 9A012.
    supersededBy: ['9A610.a'],
    caveat: 'Military UAVs are 9A610 or USML Category VIII; the 9A012.b equipment and engines are not modelled.',
  },
  {
    ...SNAPSHOT,
    code: '7A005.a',
    title: 'Satellite-navigation receivers employing a decryption algorithm designed for government use',
    citation: '15 CFR 774 Supp. 1, ECCN 7A005.a',
    scope: GNSS,
    when: { all: [fn('navigation'), is('gnss_government_decryption')] },
  },
  {
    ...SNAPSHOT,
    code: '7A005.b',
    title: "Satellite-navigation receivers employing 'adaptive antenna systems'",
    citation: '15 CFR 774 Supp. 1, ECCN 7A005.b and its Note and Technical Note',
    scope: GNSS,
    when: { all: [fn('navigation'), is('adaptive_antenna')] },
  },
  {
    ...SNAPSHOT,
    code: '4A005',
    title:
      'Systems and equipment specially designed for the generation, command and control, or delivery of "intrusion software"',
    citation: '15 CFR 774 Supp. 1, ECCN 4A005',
    scope: INTRUSION,
    when: { all: [fn('intrusion_software'), kind('equipment', 'computer', 'electronic_assembly')] },
  },
  {
    ...SNAPSHOT,
    code: '4D004',
    title: 'Software specially designed for the generation, command and control, or delivery of "intrusion software"',
    citation: '15 CFR 774 Supp. 1, ECCN 4D004',
    scope: INTRUSION,
    when: { all: [fn('intrusion_software'), kind('software')] },
    unless: [
      {
        when: is('authorised_updates_only'),
        note: 'Note to 4D004: software limited to updates or upgrades that run only with the owner’s authorisation and do not result in intrusion software',
        citation: '15 CFR 774 Supp. 1, ECCN 4D004, Note',
      },
    ],
  },
  {
    ...SNAPSHOT,
    code: '3D003',
    title:
      "'Computational lithography' software specially designed for the development of patterns on EUV masks or reticles",
    citation: '15 CFR 774 Supp. 1, ECCN 3D003',
    scope: { any: [fn('computational_lithography'), { given: ['for_euv_masks'] }] },
    when: { all: [fn('computational_lithography'), kind('software'), is('for_euv_masks')] },
  },
];
