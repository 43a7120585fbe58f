/**
 * US quantum-computer (4A906.a) and IP-network surveillance (5A001.j) entries, transcribed from
 * 15 CFR 774 Supp. 1 as in our eCFR snapshot (H1 2025). 4A906 is a plurilateral (not Wassenaar)
 * control — regime digit 9 — so nothing is derived for WA/EU/UK from it; 5A001.j implements
 * Wassenaar 5.A.1.j and is derived.
 */
import type { ClassificationRule, Condition } from './rule';

const SNAPSHOT = {
  jurisdiction: 'US',
  effectiveFrom: '2025-01-16',
  effectiveFromIsLowerBound: true,
  amendedBy: 'text of the eCFR snapshot (H1 2025)',
} as const;
const fn = (...values: string[]): Condition => ({ param: 'function', op: 'includes', value: values });
const has = (capability: string): Condition => ({
  param: 'surveillance_capabilities',
  op: 'includes',
  value: [capability],
});

/** 4A906.a.1-a.7: [paragraph, qubits from (inclusive), below (exclusive), 'C-NOT error' at most (%)]. */
const QUBIT_BANDS: readonly (readonly [string, number, number, number])[] = [
  ['a.1', 34, 100, 0.01],
  ['a.2', 100, 200, 0.1],
  ['a.3', 200, 350, 0.2],
  ['a.4', 350, 500, 0.3],
  ['a.5', 500, 700, 0.4],
  ['a.6', 700, 1100, 0.5],
  ['a.7', 1100, 2000, 0.6],
];

const qubitBand = ([label, from, below, errorPercent]: readonly [string, number, number, number]): Condition => ({
  label,
  all: [
    { param: 'physical_qubits', op: '>=', value: from },
    { param: 'physical_qubits', op: '<', value: below },
    { param: 'cnot_error_percent', op: '<=', value: errorPercent },
  ],
});

export const US_QUANTUM_SURVEILLANCE_RULES: readonly ClassificationRule[] = [
  {
    jurisdiction: 'US',
    amendedBy:
      '89 FR 72926 (6 Sep 2024), interim final rule adding quantum, semiconductor and additive-manufacturing ECCNs',
    effectiveFrom: '2024-09-06',
    code: '4A906.a',
    title:
      "Quantum computers by 'physical qubits' and 'C-NOT error' (34-99 qubits ≤ 10⁻⁴ … 1,100-1,999 ≤ 6 × 10⁻³; ≥ 2,000 qubits)",
    citation: '15 CFR 774 Supp. 1, ECCN 4A906.a and its Technical Notes',
    // 89 FR 72926 states "This rule is effective September 6, 2024" (Federal Register, 6 Sep 2024).
    verify: 'Text is the eCFR snapshot (H1 2025): confirm 4A906.a was not amended between 6 Sep 2024 and the snapshot.',
    scope: { any: [fn('quantum_computing'), { given: ['physical_qubits', 'cnot_error_percent'] }] },
    when: {
      all: [
        fn('quantum_computing'),
        {
          any: [
            ...QUBIT_BANDS.map(qubitBand),
            { label: 'a.8', all: [{ param: 'physical_qubits', op: '>=', value: 2000 }] },
          ],
        },
      ],
    },
    unless: [
      {
        when: { param: 'quantum_computing_model', op: 'includes', value: ['annealing'] },
        note: 'Note 1 to 4A906: the entry applies to circuit-model (gate-based) and one-way (measurement-based) quantum computers, not to adiabatic (annealing) ones',
        citation: '15 CFR 774 Supp. 1, ECCN 4A906, Note 1',
      },
    ],
    caveat:
      "'C-NOT error' is the average nearest-neighbour two-qubit C-NOT gate error; a vendor's CZ or other native two-qubit gate error is used as the equivalent (to confirm case by case). 4A906.b-.c (qubit devices, control components) are not modelled. US-only: no WA/EU/UK counterpart is derived (EU and UK quantum entries are separate, curated data).",
  },
  {
    ...SNAPSHOT,
    code: '5A001.j',
    title:
      'IP network communications surveillance systems: carrier-class application-layer analysis, content extraction and indexing, hard-selector search and relational mapping',
    citation: '15 CFR 774 Supp. 1, ECCN 5A001.j and its Note',
    verify:
      'Amending rule that first implemented Wassenaar 5.A.1.j in the CCL not yet identified; effective date is the snapshot lower bound.',
    scope: { any: [fn('surveillance'), { given: ['surveillance_capabilities', 'designed_for_marketing_qos_qoe'] }] },
    when: {
      all: [
        fn('surveillance'),
        {
          label: 'j.1',
          all: [
            has('carrier_class_ip_network'),
            has('application_layer_analysis'),
            has('metadata_and_content_extraction'),
            has('extracted_data_indexing'),
          ],
        },
        { label: 'j.2', all: [has('hard_selector_search'), has('relational_network_mapping')] },
      ],
    },
    unless: [
      {
        when: { param: 'designed_for_marketing_qos_qoe', op: 'is', value: true },
        note: 'Note to 5A001.j: systems or equipment "specially designed" for marketing, network Quality of Service or Quality of Experience are not controlled',
        citation: '15 CFR 774 Supp. 1, ECCN 5A001.j, Note',
      },
    ],
    caveat: 'Defense articles described in USML Category XI(b) are subject to the ITAR (N.B. to 5A001.j).',
  },
];
