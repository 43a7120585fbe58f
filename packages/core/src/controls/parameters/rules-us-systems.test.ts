/**
 * 4A906.a quantum computers, 5A001.j IP-network surveillance, 7A003 inertial navigation and
 * 9A610.a military aircraft. Real products where a public datasheet gives the figures; where
 * none does (no shipping gate-based machine meets 4A906.a; surveillance and military-aircraft
 * tests are capability profiles), the item is a labelled boundary case, not a product claim.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyItem, type Classification } from './classify';

const asOf = '2026-11-23';
const run = (parameters: Record<string, unknown>) => classifyItem({ parameters }, { asOf });
const codes = (r: Classification, j = 'US') => r.entries.filter((e) => e.jurisdiction === j).map((e) => e.code);
const nearMiss = (r: Classification, code: string, j = 'US') =>
  r.near_misses.find((n) => n.jurisdiction === j && n.code === code);

describe('quantum computers (4A906.a)', () => {
  const qc = { function: 'quantum_computing', quantum_computing_model: 'gate_based' };
  test('D-Wave Advantage (annealer, "5000+ qubits") trips a.8 but is released by Note 1', () => {
    const r = run({ function: 'quantum_computing', physical_qubits: 5000, quantum_computing_model: 'annealing' });
    assert.deepEqual(codes(r), []);
    const x = r.excluded.find((e) => e.code === '4A906.a')!;
    assert.match(x.note, /Note 1 to 4A906/);
    assert.deepEqual(codes(r, 'EU'), [], '4A906 is not derived for WA/EU/UK');
  });
  test('Google Willow (spec sheet: 105 qubits, mean two-qubit error 0.33 %) is not 4A906.a: a.2 needs ≤ 0.1 %', () => {
    const r = run({ ...qc, physical_qubits: 105, cnot_error_percent: 0.33 });
    assert.equal(r.verdict, 'not_listed');
    assert.equal(nearMiss(r, '4A906.a'), undefined, '230 % above the limit is not a near miss');
  });
  test('boundary case (not a product): 150 qubits at 0.08 % → a.2; at 0.12 % a near miss by 0.02 points; error as a fraction converts', () => {
    const caught = run({ ...qc, physical_qubits: 150, cnot_error_percent: { value: 0.0008, unit: 'fraction' } });
    assert.deepEqual(codes(caught), ['4A906.a']);
    assert.deepEqual(caught.entries[0]!.explanation.paragraphs, ['a.2']);
    const before = classifyItem(
      { parameters: { ...qc, physical_qubits: 150, cnot_error_percent: 0.08 } },
      { asOf: '2024-09-05' },
    );
    assert.deepEqual(codes(before), [], '4A906 took effect on 6 Sep 2024 (89 FR 72926)');
    const decoy = run({ ...qc, physical_qubits: 150, cnot_error_percent: 0.12 });
    assert.deepEqual(
      nearMiss(decoy, '4A906.a')!.failed.map((c) => [c.param, c.threshold, c.margin]),
      [['cnot_error_percent', 0.1, 0.02]],
    );
  });
  test('caught but the computing model unknown → asks for it (Note 1); qubits not integer → refused', () => {
    const { quantum_computing_model: _m, ...rest } = qc;
    assert.deepEqual(
      run({ ...rest, physical_qubits: 2500 }).missing.map((m) => m.param),
      ['quantum_computing_model'],
    );
    assert.throws(() => run({ physical_qubits: 100.5 }), /physical_qubits must be a whole number of qubits, got 100.5/);
    assert.throws(() => run({ cnot_error_percent: -0.1 }), /cnot_error_percent must be at least 0 %, got -0.1/);
  });
});

describe('IP network communications surveillance (5A001.j)', () => {
  const all = [
    'carrier_class_ip_network',
    'application_layer_analysis',
    'metadata_and_content_extraction',
    'extracted_data_indexing',
    'hard_selector_search',
    'relational_network_mapping',
  ];
  test('a carrier-class system with every j.1 and j.2 capability → 5A001.j in US, WA, EU, UK', () => {
    const r = run({ function: 'surveillance', surveillance_capabilities: all, designed_for_marketing_qos_qoe: false });
    assert.deepEqual(codes(r), ['5A001.j']);
    assert.deepEqual(r.entries[0]!.explanation.paragraphs, ['j.1', 'j.2']);
    for (const j of ['WA', 'EU', 'UK']) assert.deepEqual(codes(r, j), ['5A001.j']);
  });
  test('decoy: the same without relational mapping is not 5A001.j; a QoS/marketing DPI product is released by the Note', () => {
    const r = run({
      function: 'surveillance',
      surveillance_capabilities: all.filter((c) => c !== 'relational_network_mapping'),
      designed_for_marketing_qos_qoe: false,
    });
    assert.deepEqual(codes(r), []);
    assert.equal(r.verdict, 'not_listed');
    const qos = run({ function: 'surveillance', surveillance_capabilities: all, designed_for_marketing_qos_qoe: true });
    assert.ok(qos.excluded.some((x) => x.code === '5A001.j' && /Quality of Service/.test(x.note)));
  });
});

describe('inertial navigation (7A003)', () => {
  test('boundary case (not a product): an aircraft INS at 0.5 nmi/h CEP → 7A003.a.1 (US and derived WA/EU/UK); certified for civil aircraft → released', () => {
    const ins = {
      function: 'inertial_navigation',
      ins_platforms: 'aircraft',
      position_error_rate_nmi_per_h: 0.5,
      civil_aircraft_certified: false,
    };
    const r = run(ins);
    assert.ok(codes(r).includes('7A003.a'));
    assert.deepEqual(r.entries.find((e) => e.code === '7A003.a')!.explanation.paragraphs, ['a.1']);
    assert.ok(codes(r, 'WA').includes('7A003.a'));
    assert.ok(
      run({ ...ins, civil_aircraft_certified: true }).excluded.some(
        (x) => x.code === '7A003.a' && /civil aircraft/.test(x.note),
      ),
    );
  });
  test('decoy: a "1 nmi/h class" navigation-grade INS (iMAR iNAV-RQH per Dorobantu & Gerlach; the commercial-aircraft class per Titterton & Weston, ch. 12) misses a.1 by 0.2 nmi/h', () => {
    const r = run({
      function: 'inertial_navigation',
      ins_platforms: 'aircraft',
      position_error_rate_nmi_per_h: 1,
      civil_aircraft_certified: false,
    });
    assert.ok(!codes(r).includes('7A003.a'));
    assert.deepEqual(
      nearMiss(r, '7A003.a')!.failed.map((c) => [c.param, c.margin, c.marginPercent]),
      [['position_error_rate_nmi_per_h', 0.2, 25]],
    );
    assert.ok(
      r.missing.some((m) => m.param === 'heading_accuracy_deg_sec_lat'),
      'asks what 7A003.c needs instead of guessing',
    );
  });
  test('a vessel INS is judged on 24 h drift (a.3), km converted to nmi; 7A003.b by CEP after losing GNSS', () => {
    const vessel = run({
      function: 'inertial_navigation',
      ins_platforms: 'vessel',
      position_drift_24h_nmi: { value: 1.5, unit: 'km' },
      civil_aircraft_certified: false,
    });
    assert.deepEqual(vessel.entries.find((e) => e.code === '7A003.a')!.explanation.paragraphs, ['a.3']);
    const aided = run({
      function: 'inertial_navigation',
      positional_aiding: 'embedded',
      aiding_loss_cep_m: 8,
      civil_aircraft_certified: false,
    });
    assert.ok(codes(aided).includes('7A003.b'));
  });
});

describe('military aircraft (9A610.a)', () => {
  const uav = { function: 'uav', beyond_visual_line_of_sight: true, endurance_h: 20 };
  test('a UAV specially designed for military use, not in USML VIII(a) → 9A610.a, which takes precedence over 9A012.a in the US only', () => {
    const r = run({
      ...uav,
      specially_designed_military: true,
      usml_viii_a_enumerated: false,
      first_manufactured_before_1946: false,
    });
    assert.deepEqual(codes(r), ['9A610.a']);
    assert.deepEqual(codes(r, 'EU'), ['9A012.a'], '9A610 is US-only; the EU entry is the dual-use one');
  });
  test('decoy: the civil version → 9A012.a; enumerated in USML VIII(a) → not 9A610.a (ITAR)', () => {
    assert.deepEqual(codes(run({ ...uav, specially_designed_military: false })), ['9A012.a']);
    const itar = run({ function: 'aircraft', specially_designed_military: true, usml_viii_a_enumerated: true });
    assert.deepEqual(codes(itar), []);
  });
  test('Note 2: a military trainer first made before 1946 without USML items is released', () => {
    const r = run({
      function: 'aircraft',
      specially_designed_military: true,
      usml_viii_a_enumerated: false,
      first_manufactured_before_1946: true,
      incorporates_usml_items: false,
    });
    assert.ok(r.excluded.some((x) => x.code === '9A610.a' && /before 1946/.test(x.note)));
  });
});
