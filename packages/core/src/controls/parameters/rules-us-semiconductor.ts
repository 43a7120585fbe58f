/**
 * US electronics and semiconductor-equipment entries with clear numeric thresholds, transcribed
 * from 15 CFR 774 Supp. 1 as in our eCFR snapshot (H1 2025):
 *  - 3A001.a.5.a ADCs (resolution band × sample rate) and the AT-only 3A991.c below them;
 *  - 3A001.b.2 MMIC amplifiers and 3A001.b.3 discrete microwave transistors (frequency band ×
 *    peak saturated power, with the "fractional bandwidth" condition of the MMIC bands);
 *  - imprint lithography 3B001.f.2 (features ≤ 45 nm) and 3B001.f.5 (overlay better than 1.5 nm);
 *  - 3B993.f.1.b / f.2 lithography just outside 3B001.f (overlay 1.5-2.4 nm / imprint 1.5-4.0 nm);
 *  - 3D993.c DUV computational-lithography software (3D003 covers EUV).
 * The band tables below are the regulation's tables; ./bands.ts turns them into conditions.
 */
import { adcBand, microwaveGroup, type MicrowaveGroup } from './bands';
import type { Evidence } from '../../common/evidence';
import type { ClassificationRule, Condition } from './rule';

const SNAPSHOT = {
  jurisdiction: 'US',
  effectiveFrom: '2025-01-16',
  effectiveFromIsLowerBound: true,
  amendedBy: 'text of the eCFR snapshot (H1 2025)',
} as const;
const IC: Condition = { param: 'item_kind', op: 'includes', value: ['integrated_circuit'] };
const ADC_PARAMS: Condition = { given: ['adc_resolution_bits', 'sample_rate_msps'] };
const RF_PARAMS: Condition = {
  given: ['rf_device_type', 'frequency_min_ghz', 'frequency_max_ghz', 'peak_saturated_power_w'],
};
const device = (type: string): Condition => ({ param: 'rf_device_type', op: 'includes', value: [type] });
const NANOWATT_TENTH = 1e-10; // "0.1 nW (−70 dBm)": any working amplifier exceeds it.

/**
 * 3A001.b.2.a-h: [paragraph, band (GHz, lower bound exclusive, upper inclusive), "fractional bandwidth" > %, Psat > W
 * or sub-bands].
 */
const MMIC: readonly MicrowaveGroup[] = [
  {
    label: 'b.2.a',
    from: 2.7,
    to: 6.8,
    fbw: 15,
    sub: [
      ['b.2.a.1', 2.7, 2.9, 75],
      ['b.2.a.2', 2.9, 3.2, 55],
      ['b.2.a.3', 3.2, 3.7, 40],
      ['b.2.a.4', 3.7, 6.8, 20],
    ],
  },
  {
    label: 'b.2.b',
    from: 6.8,
    to: 16,
    fbw: 10,
    sub: [
      ['b.2.b.1', 6.8, 8.5, 10],
      ['b.2.b.2', 8.5, 16, 5],
    ],
  },
  { label: 'b.2.c', from: 16, to: 31.8, fbw: 10, watts: 3 },
  { label: 'b.2.d', from: 31.8, to: 37, watts: NANOWATT_TENTH },
  { label: 'b.2.e', from: 37, to: 43.5, fbw: 10, watts: 1 },
  { label: 'b.2.f', from: 43.5, to: 75, fbw: 10, watts: 0.03162 },
  { label: 'b.2.g', from: 75, to: 90, fbw: 5, watts: 0.01 },
  { label: 'b.2.h', from: 90, watts: NANOWATT_TENTH },
];

/** 3A001.b.3.a-e (b.3.f, "5 W at all frequencies 8.5-31.8 GHz", is not modelled). */
const TRANSISTOR: readonly MicrowaveGroup[] = [
  {
    label: 'b.3.a',
    from: 2.7,
    to: 6.8,
    sub: [
      ['b.3.a.1', 2.7, 2.9, 400],
      ['b.3.a.2', 2.9, 3.2, 205],
      ['b.3.a.3', 3.2, 3.7, 115],
      ['b.3.a.4', 3.7, 6.8, 60],
    ],
  },
  {
    label: 'b.3.b',
    from: 6.8,
    to: 31.8,
    sub: [
      ['b.3.b.1', 6.8, 8.5, 50],
      ['b.3.b.2', 8.5, 12, 15],
      ['b.3.b.3', 12, 16, 40],
      ['b.3.b.4', 16, 31.8, 7],
    ],
  },
  { label: 'b.3.c', from: 31.8, to: 37, watts: 0.5 },
  { label: 'b.3.d', from: 37, to: 43.5, watts: 1 },
  { label: 'b.3.e', from: 43.5, watts: NANOWATT_TENTH },
];

const LITHO_PARAMS: Condition = {
  given: [
    'wavelength_nm',
    'numerical_aperture',
    'mrf_nm',
    'dedicated_chuck_overlay_nm',
    'lithography_type',
    'overlay_accuracy_nm',
    'imprint_feature_nm',
  ],
};
/**
 * The CCL text of the shared eCFR snapshot (../shared/data/controls/us-ccl-ecfr/ccl_parsed.json, ECCN 3B001 and 3B993).
 */
const ccl = (quote: string, eccn: string): Evidence => ({
  quote,
  citation: `15 CFR 774 Supp. 1, ECCN ${eccn}`,
  url: 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-774',
  from: 'official',
});
const F2_TEXT = ccl('f.2. Imprint lithography equipment capable of production features of 45 nm or less;', '3B001');
const F5_TEXT = ccl('f.5. Imprint lithography equipment having an overlay accuracy less (better) than 1.5;', '3B001');
const F993_2_TEXT = ccl(
  'f.2. Imprint lithography equipment having an overlay accuracy above 1.5 nm and less (better) than or equal to 4.0 nm.',
  '3B993',
);
const litho = (...types: string[]): Condition => ({ param: 'lithography_type', op: 'includes', value: types });
const SME_VERIFY =
  'Which rule first added this paragraph is not confirmed: 3B993/3D993 came with 89 FR 72926 (effective 6 Sep 2024) or 89 FR 96790 (FR Doc. 2024-28270, effective 2 Dec 2024), and the f.1 formula image is dated 16 Jan 2025 (ER16JA25.004); the effective date used is the snapshot lower bound.';

export const US_SEMICONDUCTOR_RULES: readonly ClassificationRule[] = [
  {
    ...SNAPSHOT,
    code: '3A001.a.5.a',
    title: 'Analog-to-digital converter ICs by resolution and "sample rate" (e.g. 14-15 bit above 250 MSPS)',
    citation: '15 CFR 774 Supp. 1, ECCN 3A001.a.5.a and its Technical Notes',
    scope: ADC_PARAMS,
    when: {
      all: [
        IC,
        {
          any: [
            adcBand(['a.5.a.1', 8, 10, '>', 1300]),
            adcBand(['a.5.a.2', 10, 12, '>', 600]),
            adcBand(['a.5.a.3', 12, 14, '>', 400]),
            adcBand(['a.5.a.4', 14, 16, '>', 250]),
            adcBand(['a.5.a.5', 16, undefined, '>', 65]),
          ],
        },
      ],
    },
    caveat:
      'ICs that also store or process the digitised data are 3A001.a.14; an IC "specially designed" for other equipment takes that equipment\'s status (Notes 1-2 to Category 3A).',
  },
  {
    ...SNAPSHOT,
    code: '3A991.c',
    title: 'Analog-to-digital converters, n.e.s., by resolution and output rate (AT only)',
    citation: '15 CFR 774 Supp. 1, ECCN 3A991.c',
    scope: ADC_PARAMS,
    when: {
      any: [
        adcBand(['c.1', 8, 12, '>', 200]),
        adcBand(['c.2', 12, 13, '>', 105]),
        adcBand(['c.3', 13, 15, '>', 10]),
        adcBand(['c.4', 15, undefined, '>', 2.5]),
      ],
    },
    // 3A991 covers devices "not controlled by 3A001".
    supersededBy: ['3A001.a.5.a'],
    caveat:
      '3A991.c counts output words per second; the sample rate is used, which equals it unless the converter decimates.',
  },
  {
    ...SNAPSHOT,
    code: '3A001.b.2',
    title: '"MMIC" amplifiers by frequency band, peak saturated power and "fractional bandwidth"',
    citation: '15 CFR 774 Supp. 1, ECCN 3A001.b.2 and its Notes 2-3',
    scope: RF_PARAMS,
    when: { all: [device('mmic_amplifier'), { any: MMIC.map(microwaveGroup) }] },
    caveat:
      'Psat is taken as the rated band\'s peak saturated power at every frequency of the band; where it varies across the band, check each sub-band (Note 2: the lowest threshold of the bands covered applies). MMICs "specially designed" for other applications (telecommunications, radar, automobiles) are released by Note 3; phase-shifter MMICs are 3A001.b.12.',
  },
  {
    ...SNAPSHOT,
    code: '3A001.b.3',
    title: 'Discrete microwave transistors by frequency band and peak saturated power',
    citation: '15 CFR 774 Supp. 1, ECCN 3A001.b.3 and its Notes 1-2',
    scope: RF_PARAMS,
    when: { all: [device('discrete_transistor'), { any: TRANSISTOR.map(microwaveGroup) }] },
    caveat: '3A001.b.3.f (above 5 W at all frequencies from 8.5 to 31.8 GHz) is not modelled.',
  },
  {
    ...SNAPSHOT,
    code: '3B993.f.1.b',
    title:
      "Step-and-scan / step-and-repeat lithography at ≥ 193 nm, MRF ≤ 45 nm, 'dedicated chuck overlay' above 1.50 and up to 2.40 nm",
    citation: '15 CFR 774 Supp. 1, ECCN 3B993.f.1.b and the Technical Notes to 3B993.f.1',
    verify: SME_VERIFY,
    scope: LITHO_PARAMS,
    when: {
      all: [
        litho('step_and_scan', 'step_and_repeat'),
        { param: 'wavelength_nm', op: '>=', value: 193 },
        { label: 'f.1.b.1', all: [{ param: 'mrf_nm', op: '<=', value: 45 }] },
        {
          label: 'f.1.b.2',
          all: [
            { param: 'dedicated_chuck_overlay_nm', op: '>', value: 1.5 },
            { param: 'dedicated_chuck_overlay_nm', op: '<=', value: 2.4 },
          ],
        },
      ],
    },
    supersededBy: ['3B001.f.1.b'],
  },
  {
    ...SNAPSHOT,
    code: '3B993.f.2',
    title: 'Imprint lithography equipment with overlay accuracy above 1.5 nm and up to 4.0 nm',
    citation: '15 CFR 774 Supp. 1, ECCN 3B993.f.2',
    verify: SME_VERIFY,
    scope: LITHO_PARAMS,
    when: {
      all: [
        litho('imprint'),
        { param: 'overlay_accuracy_nm', op: '>', value: 1.5 },
        { param: 'overlay_accuracy_nm', op: '<=', value: 4 },
      ],
    },
    caveat:
      'Imprint equipment with an overlay better than 1.5 nm is 3B001.f.5; an overlay of exactly 1.5 nm is in neither text ("less (better) than 1.5" / "above 1.5 nm").',
    evidence: [F993_2_TEXT],
  },
  {
    ...SNAPSHOT,
    code: '3B001.f.5',
    title: 'Imprint lithography equipment with an overlay accuracy better than 1.5 nm',
    citation: '15 CFR 774 Supp. 1, ECCN 3B001.f.5',
    verify:
      'The rule that added 3B001.f.5 (88 FR 73424, effective 17 Nov 2023, as we recall) is not confirmed; the effective date used is the snapshot lower bound.',
    scope: LITHO_PARAMS,
    when: { all: [litho('imprint'), { param: 'overlay_accuracy_nm', op: '<', value: 1.5 }] },
    caveat:
      'The CCL text gives the threshold without a unit ("less (better) than 1.5"); nanometres are read from 3B993.f.2, which continues it "above 1.5 nm". NS/RS control to Macau and D:5 only (742.4(a)(4)).',
    evidence: [F5_TEXT],
  },
  {
    ...SNAPSHOT,
    code: '3B001.f.2',
    title: 'Imprint lithography equipment capable of production features of 45 nm or less',
    citation:
      '15 CFR 774 Supp. 1, ECCN 3B001.f.2 and its Note (micro contact printing, hot embossing, nano-imprint and S-FIL tools)',
    scope: LITHO_PARAMS,
    when: { all: [litho('imprint'), { param: 'imprint_feature_nm', op: '<=', value: 45 }] },
    caveat:
      '3B001.f.2 is NS2-controlled (its own Country Chart column), unlike f.5; not derived for WA/EU/UK until their texts are checked.',
    evidence: [F2_TEXT],
  },
  {
    ...SNAPSHOT,
    code: '3D993.c',
    title: "'Computational lithography' software designed or modified for patterns on DUV masks or reticles",
    citation: '15 CFR 774 Supp. 1, ECCN 3D993.c and its Technical Note',
    verify: SME_VERIFY,
    scope: {
      any: [{ param: 'function', op: 'includes', value: ['computational_lithography'] }, { given: ['for_duv_masks'] }],
    },
    when: {
      all: [
        { param: 'function', op: 'includes', value: ['computational_lithography'] },
        { param: 'item_kind', op: 'includes', value: ['software'] },
        { param: 'for_duv_masks', op: 'is', value: true },
      ],
    },
  },
];
