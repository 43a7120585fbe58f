/**
 * Latency of one parametric classification (parse the item, derive TPP/MRF/..., evaluate every
 * rule in force, near misses, missing parameters), in process, over a mix of real products.
 * Also times parsing the shared CCL snapshot. Prints figures; asserts nothing.
 *
 *   node --import tsx bench/controls-classify.ts [iterations=20000]
 */
import { readFileSync } from 'node:fs';
import { CLASSIFICATION_RULES, classifyItem, parametricCoverage, parseCclJson } from '@dualuse/core';
import { sharedData } from '../test/support/shared';

const iterations = Number(process.argv[2] ?? 20_000);
const items = [
  {
    parameters: {
      item_kind: 'integrated_circuit',
      dense_tops: 1979,
      bit_length: 8,
      die_area_mm2: 814,
      designed_for_datacenter: true,
    },
  },
  {
    parameters: {
      item_kind: 'integrated_circuit',
      dense_tops: 100,
      bit_length: 8,
      die_area_mm2: 200,
      designed_for_datacenter: false,
    },
  },
  {
    parameters: {
      lithography_type: 'step_and_scan',
      wavelength_nm: 193,
      numerical_aperture: 1.35,
      dedicated_chuck_overlay_nm: 1.6,
    },
  },
  {
    parameters: {
      machine_type: 'milling',
      linear_axes: 3,
      rotary_axes: 2,
      contouring_axes: 5,
      positioning_repeatability_um: 1.2,
      travel_m: 1.5,
    },
  },
  { parameters: { function: ['telecommunications', 'encryption'], symmetric_key_bits: 256, mass_market: true } },
  { parameters: { item_kind: 'integrated_circuit', adc_resolution_bits: 14, sample_rate_msps: 3000 } },
  {
    parameters: {
      rf_device_type: 'mmic_amplifier',
      frequency_min_ghz: 8.5,
      frequency_max_ghz: 11,
      peak_saturated_power_w: 4.467,
    },
  },
  {
    parameters: {
      function: 'quantum_computing',
      quantum_computing_model: 'gate_based',
      physical_qubits: 105,
      cnot_error_percent: 0.33,
    },
  },
  {
    parameters: {
      function: 'inertial_navigation',
      ins_platforms: 'aircraft',
      position_error_rate_nmi_per_h: 1,
      civil_aircraft_certified: false,
    },
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
for (let i = 0; i < 2000; i++) classifyItem(items[i % items.length], { asOf: '2026-11-23' }); // warm-up
const times: number[] = [];
// Process CPU time as well as wall time: on a shared, loaded machine the wall-clock tail is mostly
// time spent descheduled, which CPU time leaves out.
const cpu: number[] = [];
for (let i = 0; i < iterations; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  classifyItem(items[i % items.length], { asOf: '2026-11-23' });
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const µs = (ms: number) => `${Math.round(ms * 1000)} µs`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `classify (wall): ${iterations} runs over ${items.length} products — p50 ${µs(percentile(times, 50))}, p99 ${µs(percentile(times, 99))}, max ${µs(times[times.length - 1]!)}`,
);
console.log(
  `classify (process CPU): p50 ${µs(percentile(cpu, 50))}, p99 ${µs(percentile(cpu, 99))}, mean ${µs(mean(cpu))}`,
);
const cov = parametricCoverage();
console.log(
  `entries with parametric predicates: ${Object.entries(cov)
    .map(([j, c]) => `${j} ${c.length}`)
    .join(
      ', ',
    )} (${Object.values(cov).reduce((n, c) => n + c.length, 0)} in all); ${CLASSIFICATION_RULES.length} rules (paragraphs)`,
);

const text = readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8');
const t0 = performance.now();
const ccl = parseCclJson(text, { effectiveFrom: '2025-01-16', version: 'bench' });
console.log(`parse CCL snapshot: ${ccl.entries.length} entries in ${Math.round(performance.now() - t0)} ms`);
