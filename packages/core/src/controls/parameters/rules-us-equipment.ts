/**
 * US lithography (3B001.f.1), machine-tool (2B001, 2B991) and encryption (5A002.a, 5A992.c)
 * tests, transcribed from 15 CFR 774 Supp. 1 as in our eCFR snapshot (H1 2025). 2B001 and
 * 5A002 implement Wassenaar entries of the same number (regime digit 0).
 */
import type { ClassificationRule, Condition } from './rule';

const SNAPSHOT = {
  effectiveFrom: '2025-01-16',
  effectiveFromIsLowerBound: true,
  amendedBy: 'text of the eCFR snapshot (H1 2025)',
} as const;

// ---- 3B001.f.1: align-and-expose step-and-repeat / step-and-scan equipment.
const SCANNER: Condition = { param: 'lithography_type', op: 'includes', value: ['step_and_scan', 'step_and_repeat'] };
const LITHO_PARAMS: Condition = {
  given: ['wavelength_nm', 'numerical_aperture', 'mrf_nm', 'dedicated_chuck_overlay_nm', 'lithography_type'],
};

// ---- 2B001: "unidirectional positioning repeatability" (UPR) by travel length.
const MT_PARAMS: Condition = {
  given: ['machine_type', 'positioning_repeatability_um', 'contouring_axes', 'positioning_accuracy_um'],
};
const machine = (...types: string[]): Condition => ({ param: 'machine_type', op: 'includes', value: types });
const axes = (min: number, max?: number): Condition =>
  max === undefined
    ? { param: 'contouring_axes', op: '>=', value: min }
    : {
        all: [
          { param: 'contouring_axes', op: '>=', value: min },
          { param: 'contouring_axes', op: '<=', value: max },
        ],
      };
const upr = (label: string, um: number, travelFrom?: number, travelTo?: number): Condition => ({
  label,
  all: [
    ...(travelFrom !== undefined ? [{ param: 'travel_m', op: '>=', value: travelFrom } as const] : []),
    ...(travelTo !== undefined ? [{ param: 'travel_m', op: '<', value: travelTo } as const] : []),
    { param: 'positioning_repeatability_um', op: '<=', value: um },
  ],
});
const MT_BASE = { jurisdiction: 'US', ...SNAPSHOT, scope: MT_PARAMS } as const;

// ---- Category 5 Part 2: 'described security algorithm' = symmetric key > 56 bits (5A002 Technical Note 2.a).
const CRYPTO_PARAMS: Condition = {
  any: [{ given: ['symmetric_key_bits', 'mass_market'] }, { param: 'function', op: 'includes', value: ['encryption'] }],
};
const CONFIDENTIALITY: Condition = {
  all: [
    { param: 'function', op: 'includes', value: ['encryption'] },
    { param: 'symmetric_key_bits', op: '>', value: 56 },
  ],
};

export const US_EQUIPMENT_RULES: readonly ClassificationRule[] = [
  {
    jurisdiction: 'US',
    code: '3B001.f.1.a',
    title: 'Step-and-repeat / step-and-scan lithography with a light-source wavelength shorter than 193 nm (EUV)',
    citation: '15 CFR 774 Supp. 1, ECCN 3B001.f.1.a',
    ...SNAPSHOT,
    scope: LITHO_PARAMS,
    when: { all: [SCANNER, { param: 'wavelength_nm', op: '<', value: 193 }] },
  },
  {
    jurisdiction: 'US',
    code: '3B001.f.1.b',
    title: "Lithography at ≥ 193 nm with MRF ≤ 45 nm and 'dedicated chuck overlay' ≤ 1.50 nm (advanced immersion DUV)",
    citation: '15 CFR 774 Supp. 1, ECCN 3B001.f.1.b and its Technical Notes 1-2',
    ...SNAPSHOT,
    scope: LITHO_PARAMS,
    when: {
      all: [
        SCANNER,
        { param: 'wavelength_nm', op: '>=', value: 193 },
        { label: 'f.1.b.1', param: 'mrf_nm', op: '<=', value: 45 },
        { label: 'f.1.b.2', param: 'dedicated_chuck_overlay_nm', op: '<=', value: 1.5 },
      ],
    },
    caveat:
      'MRF = 0.25 × λ / NA (K factor fixed at 0.25 by Technical Note 1), whatever the vendor quotes as resolution.',
  },
  {
    ...MT_BASE,
    code: '2B001.a',
    title: 'Turning machines, ≥ 2 contouring axes, UPR ≤ 0.9 µm (travel < 1 m) or ≤ 1.1 µm (travel ≥ 1 m)',
    citation: '15 CFR 774 Supp. 1, ECCN 2B001.a',
    when: { all: [machine('turning'), axes(2), { any: [upr('a.1', 0.9, undefined, 1), upr('a.2', 1.1, 1)] }] },
    caveat: 'Notes 1-2 to 2B001.a (contact-lens and Swiss-type bar machines) are not modelled.',
  },
  {
    ...MT_BASE,
    code: '2B001.b.1',
    title: 'Milling machines, 3 linear + 1 rotary contouring axes, UPR ≤ 0.9 µm (< 1 m) or ≤ 1.1 µm (≥ 1 m)',
    citation: '15 CFR 774 Supp. 1, ECCN 2B001.b.1',
    when: {
      all: [
        machine('milling'),
        { param: 'linear_axes', op: '>=', value: 3 },
        { param: 'rotary_axes', op: '>=', value: 1 },
        axes(4, 4),
        { any: [upr('b.1.a', 0.9, undefined, 1), upr('b.1.b', 1.1, 1)] },
      ],
    },
  },
  {
    ...MT_BASE,
    code: '2B001.b.2',
    title: 'Milling machines, ≥ 5 contouring axes, UPR ≤ 0.9 µm (< 1 m), ≤ 1.4 µm (1-4 m) or ≤ 6.0 µm (≥ 4 m)',
    citation: '15 CFR 774 Supp. 1, ECCN 2B001.b.2',
    when: {
      all: [
        machine('milling'),
        axes(5),
        { any: [upr('b.2.a', 0.9, undefined, 1), upr('b.2.b', 1.4, 1, 4), upr('b.2.c', 6.0, 4)] },
      ],
    },
  },
  {
    ...MT_BASE,
    code: '2B001.b.3',
    title: 'Jig boring machines with UPR ≤ 1.1 µm',
    citation: '15 CFR 774 Supp. 1, ECCN 2B001.b.3',
    when: { all: [machine('jig_boring'), { param: 'positioning_repeatability_um', op: '<=', value: 1.1 }] },
  },
  {
    ...MT_BASE,
    code: '2B001.c.1',
    title: 'Grinding machines, 3-4 contouring axes, UPR ≤ 1.1 µm',
    citation: '15 CFR 774 Supp. 1, ECCN 2B001.c.1',
    when: { all: [machine('grinding'), axes(3, 4), { param: 'positioning_repeatability_um', op: '<=', value: 1.1 }] },
    caveat:
      'The Notes to 2B001.c (cylindrical grinders ≤ 150 mm, jig grinders without z/w axis, surface grinders) are not modelled.',
  },
  {
    ...MT_BASE,
    code: '2B001.c.2',
    title: 'Grinding machines, ≥ 5 contouring axes, UPR ≤ 1.1 µm (< 1 m), ≤ 1.4 µm (1-4 m) or ≤ 6.0 µm (≥ 4 m)',
    citation: '15 CFR 774 Supp. 1, ECCN 2B001.c.2',
    when: {
      all: [
        machine('grinding'),
        axes(5),
        { any: [upr('c.2.a', 1.1, undefined, 1), upr('c.2.b', 1.4, 1, 4), upr('c.2.c', 6.0, 4)] },
      ],
    },
  },
  {
    ...MT_BASE,
    code: '2B991.c',
    title:
      'NC turning, milling or grinding machines, ≥ 2 contouring axes, ISO 230/2 positioning accuracy better than 15 µm',
    citation: '15 CFR 774 Supp. 1, ECCN 2B991.c',
    when: {
      all: [
        machine('turning', 'milling', 'grinding'),
        axes(2),
        { param: 'positioning_accuracy_um', op: '<', value: 15 },
      ],
    },
    // 2B991 covers machines "not controlled by 2B001".
    supersededBy: ['2B001.a', '2B001.b.1', '2B001.b.2', '2B001.b.3', '2B001.c.1', '2B001.c.2'],
    caveat: '2B991.d (machines by slide straightness, spindle run-out) is not modelled.',
  },
  {
    jurisdiction: 'US',
    code: '5A002.a',
    title:
      "Items using 'cryptography for data confidentiality' with a 'described security algorithm' (symmetric key > 56 bits), not mass market",
    citation: '15 CFR 774 Supp. 1, ECCN 5A002.a and its Technical Note 2.a',
    ...SNAPSHOT,
    scope: CRYPTO_PARAMS,
    when: CONFIDENTIALITY,
    unless: [
      {
        when: { param: 'mass_market', op: 'is', value: true },
        note: 'Note 3 to Category 5 Part 2 (Cryptography Note): mass-market items classified under 740.17(b) are released to 5A992.c',
        citation: '15 CFR 774 Supp. 1, Category 5 Part 2 Note 3; 15 CFR 740.17(b)',
      },
    ],
    caveat:
      'Paragraph a.1-a.4 depends on the primary function; asymmetric algorithms (Technical Note 2.b-c) and the decontrols of Note 2 (5A002.a exclusions) are not modelled.',
  },
  {
    jurisdiction: 'US',
    code: '5A992.c',
    title: 'Mass-market encryption commodities classified under 740.17(b)',
    citation: '15 CFR 774 Supp. 1, ECCN 5A992.c; 15 CFR 740.17(b)',
    ...SNAPSHOT,
    scope: CRYPTO_PARAMS,
    when: { all: [CONFIDENTIALITY, { param: 'mass_market', op: 'is', value: true }] },
  },
];
