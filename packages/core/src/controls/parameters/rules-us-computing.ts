/**
 * US advanced-computing entries (15 CFR 774 Supp. 1): 3A090.a/.b/.c, 4A090.a/.b and the
 * AT-only catch 3A991.p below them. Thresholds transcribed from the CCL text in our eCFR
 * snapshot (H1 2025) and checked against 88 FR 73458 (25 Oct 2023, the 'TPP'/'performance
 * density' version of 3A090, effective 17 Nov 2023) and 89 FR 96790 (2 Dec 2024, 3A090.c HBM).
 */
import type { ClassificationRule, Condition, Exclusion } from './rule';

const CHIP_PARAMS: Condition = {
  given: [
    'dense_tops',
    'bit_length',
    'tpp',
    'die_area_mm2',
    'performance_density',
    'designed_for_datacenter',
    'io_bandwidth_gbps',
  ],
};
const AC_AMENDMENT = '88 FR 73458 (25 Oct 2023), as amended by 89 FR 96790 (2 Dec 2024)';
const IC: Condition = { param: 'item_kind', op: 'includes', value: ['integrated_circuit'] };
const CONTAINS_IC: Condition = { param: 'item_kind', op: 'includes', value: ['computer', 'electronic_assembly'] };

/** 3A090.a: a.1 TPP ≥ 4800, or a.2 TPP ≥ 1600 and PD ≥ 5.92. */
const TIER_A: Condition = {
  any: [
    { label: 'a.1', all: [{ param: 'tpp', op: '>=', value: 4800 }] },
    {
      label: 'a.2',
      all: [
        { param: 'tpp', op: '>=', value: 1600 },
        { param: 'performance_density', op: '>=', value: 5.92 },
      ],
    },
  ],
};
/** 3A090.b: b.1 2400 ≤ TPP < 4800 and 1.6 ≤ PD < 5.92, or b.2 TPP ≥ 1600 and 3.2 ≤ PD < 5.92. */
const TIER_B: Condition = {
  any: [
    {
      label: 'b.1',
      all: [
        { param: 'tpp', op: '>=', value: 2400 },
        { param: 'tpp', op: '<', value: 4800 },
        { param: 'performance_density', op: '>=', value: 1.6 },
        { param: 'performance_density', op: '<', value: 5.92 },
      ],
    },
    {
      label: 'b.2',
      all: [
        { param: 'tpp', op: '>=', value: 1600 },
        { param: 'performance_density', op: '>=', value: 3.2 },
        { param: 'performance_density', op: '<', value: 5.92 },
      ],
    },
  ],
};

/** Note 2: not designed or marketed for datacenters and TPP < 4800 → outside 3A090.a/.b. */
const NOTE_2: Exclusion = {
  when: {
    all: [
      { param: 'designed_for_datacenter', op: 'is', value: false },
      { param: 'tpp', op: '<', value: 4800 },
    ],
  },
  note: 'Note 2 to 3A090.a and 3A090.b: items not designed or marketed for datacenters with TPP below 4800 are not controlled',
  citation: '15 CFR 774 Supp. 1, ECCN 3A090, Note 2 to 3A090.a and 3A090.b',
};

const base = { jurisdiction: 'US', amendedBy: AC_AMENDMENT, effectiveFrom: '2023-11-17' } as const;

export const US_COMPUTING_RULES: readonly ClassificationRule[] = [
  {
    ...base,
    code: '3A090.a',
    title: "Integrated circuits with 'TPP' ≥ 4800, or TPP ≥ 1600 and 'performance density' ≥ 5.92",
    citation: '15 CFR 774 Supp. 1, ECCN 3A090.a',
    scope: CHIP_PARAMS,
    when: { all: [IC, TIER_A] },
    unless: [NOTE_2],
    // Note 2 releases only non-datacenter items below TPP 4800; the licence-exception hint is about the others
    // (not designed for datacenters, TPP 4800 or more): shown unless the item is said to be a datacenter item.
    caveatsIf: [
      {
        when: { param: 'designed_for_datacenter', op: 'is', value: false },
        text: 'Non-datacenter items with TPP ≥ 4800 stay in 3A090.a but may use License Exception NAC/ACA (740.8).',
      },
    ],
    caveat: 'Foundry/OSAT presumptions of Note 1 are not modelled.',
  },
  {
    ...base,
    code: '3A090.b',
    title: "Integrated circuits in the 'TPP'/'performance density' band below 3A090.a",
    citation: '15 CFR 774 Supp. 1, ECCN 3A090.b',
    scope: CHIP_PARAMS,
    when: { all: [IC, TIER_B] },
    unless: [NOTE_2],
    supersededBy: ['3A090.a'],
  },
  {
    jurisdiction: 'US',
    code: '3A090.c',
    title: "High bandwidth memory with 'memory bandwidth density' > 2 GB/s/mm²",
    citation: '15 CFR 774 Supp. 1, ECCN 3A090.c and its Technical Note 1',
    amendedBy: '89 FR 96790 (2 Dec 2024)',
    effectiveFrom: '2024-12-02',
    scope: { given: ['memory_bandwidth_gbps', 'package_area_mm2', 'memory_bandwidth_density'] },
    when: {
      all: [
        { param: 'function', op: 'includes', value: ['memory'] },
        { param: 'memory_bandwidth_density', op: '>', value: 2 },
      ],
    },
    caveat:
      'Co-packaged HBM and logic whose dominant function is processing is not 3A090.c (Technical Note 1); classify it by its logic die.',
  },
  {
    ...base,
    code: '4A090.a',
    title: 'Computers, "electronic assemblies" and "components" containing ICs meeting 3A090.a',
    citation: '15 CFR 774 Supp. 1, ECCN 4A090.a',
    scope: CHIP_PARAMS,
    when: { all: [CONTAINS_IC, TIER_A] },
    unless: [{ ...NOTE_2, citation: '15 CFR 774 Supp. 1, ECCN 4A090 (limits of 3A090.a, incl. its Note 2)' }],
  },
  {
    ...base,
    code: '4A090.b',
    title: 'Computers, "electronic assemblies" and "components" containing ICs meeting 3A090.b',
    citation: '15 CFR 774 Supp. 1, ECCN 4A090.b',
    scope: CHIP_PARAMS,
    when: { all: [CONTAINS_IC, TIER_B] },
    unless: [{ ...NOTE_2, citation: '15 CFR 774 Supp. 1, ECCN 4A090 (limits of 3A090.b, incl. its Note 2)' }],
    supersededBy: ['4A090.a'],
  },
  {
    jurisdiction: 'US',
    code: '3A991.p',
    title: 'Integrated circuits, n.e.s., with ≥ 8 TOPS or ≥ 150 GB/s aggregate bidirectional I/O',
    citation: '15 CFR 774 Supp. 1, ECCN 3A991.p',
    amendedBy: 'text of the eCFR snapshot (H1 2025); amending rule not yet verified',
    effectiveFrom: '2025-01-16',
    effectiveFromIsLowerBound: true,
    scope: CHIP_PARAMS,
    when: {
      all: [
        IC,
        {
          any: [
            { label: 'p.1', all: [{ param: 'dense_tops', op: '>=', value: 8 }] },
            { label: 'p.2', all: [{ param: 'io_bandwidth_gbps', op: '>=', value: 150 }] },
          ],
        },
      ],
    },
    // "n.e.s.": an IC caught by 3A090 is classified there (order of review, 15 CFR 774 Supp. 4).
    supersededBy: ['3A090.a', '3A090.b'],
    caveat:
      'TOPS here is 2 × MacTOPS aggregated over all processing units at any bit length (3A991.p Technical Note 3).',
  },
];
