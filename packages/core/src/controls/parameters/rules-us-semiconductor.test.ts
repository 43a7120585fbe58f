/**
 * 3A001.a.5.a / 3A991.c (ADCs), 3A001.b.2 / b.3 (MMICs, transistors), 3B993.f and 3D993.c, each
 * with a real product from its datasheet and a decoy just below the threshold.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../common/errors';
import { classifyItem, type Classification } from './classify';
import { US_RULES } from './rules';

const asOf = '2026-11-23';
const run = (parameters: Record<string, unknown>) => classifyItem({ parameters }, { asOf });
const codes = (r: Classification, j = 'US') => r.entries.filter((e) => e.jurisdiction === j).map((e) => e.code);
const nearMiss = (r: Classification, code: string, j = 'US') =>
  r.near_misses.find((n) => n.jurisdiction === j && n.code === code);

describe('ADCs (3A001.a.5.a, 3A991.c)', () => {
  test('Analog Devices AD9208 (datasheet: 14-bit, 3 GSPS) → 3A001.a.5.a (a.5.a.4), also under WA/EU/UK numbering', () => {
    const r = run({
      item_kind: 'integrated_circuit',
      adc_resolution_bits: 14,
      sample_rate_msps: { value: 3, unit: 'GSPS' },
    });
    assert.deepEqual(codes(r), ['3A001.a.5.a']);
    assert.deepEqual(r.entries[0]!.explanation.paragraphs, ['a.5.a.4']);
    assert.match(r.entries[0]!.explanation.summary, /Sample rate 3000 MSPS meets > 250 MSPS \(by 2750 MSPS/);
    for (const j of ['WA', 'EU', 'UK']) assert.deepEqual(codes(r, j), ['3A001.a.5.a']);
  });

  test('decoy: AD9250-250 (datasheet: 14-bit, 250 MSPS) is not "greater than 250 MSPS" → 3A991.c.3, near miss of 3A001.a.5.a by 0 MSPS', () => {
    const r = run({ item_kind: 'integrated_circuit', adc_resolution_bits: 14, sample_rate_msps: 250 });
    assert.deepEqual(codes(r), ['3A991.c']);
    assert.deepEqual(r.entries[0]!.explanation.paragraphs, ['c.3']);
    const nm = nearMiss(r, '3A001.a.5.a')!;
    assert.deepEqual(
      nm.failed.map((c) => [c.param, c.op, c.threshold, c.margin]),
      [['sample_rate_msps', '>', 250, 0]],
    );
    assert.deepEqual(codes(r, 'EU'), [], '3A991 is US-only');
  });

  test('resolution unknown → asks for adc_resolution_bits', () => {
    const r = run({ item_kind: 'integrated_circuit', sample_rate_msps: 3000 });
    assert.deepEqual(
      r.missing.map((m) => m.param),
      ['adc_resolution_bits'],
    );
  });
});

describe('microwave amplifiers (3A001.b.2 MMIC, 3A001.b.3 transistors)', () => {
  test('MACOM MAAP-015016-DIE (4 W GaAs MMIC PA, 32-38 GHz) → 3A001.b.2 via b.2.d (any power at 31.8-37 GHz)', () => {
    const r = run({
      rf_device_type: 'mmic_amplifier',
      frequency_min_ghz: 32,
      frequency_max_ghz: 38,
      peak_saturated_power_w: 4,
    });
    assert.deepEqual(codes(r), ['3A001.b.2']);
    assert.ok(r.entries[0]!.explanation.paragraphs.includes('b.2.d'));
    assert.match(r.entries[0]!.explanation.summary, /Peak saturated power \(Psat\) 4 W meets > 1e-10 W/);
    assert.deepEqual(codes(r, 'UK'), ['3A001.b.2']);
  });

  test('decoy: Qorvo QPA1022 (datasheet: 8.5-11 GHz, Psat 36.5 dBm = 4.47 W) → near miss of b.2.b.2 (> 5 W) by 0.53 W', () => {
    const r = run({
      rf_device_type: 'mmic_amplifier',
      frequency_min_ghz: 8.5,
      frequency_max_ghz: 11,
      peak_saturated_power_w: 4.467,
    });
    assert.deepEqual(codes(r), []);
    assert.equal(r.verdict, 'not_listed');
    const nm = nearMiss(r, '3A001.b.2')!;
    assert.deepEqual(
      nm.failed.map((c) => [c.param, c.threshold, c.margin, c.paragraph]),
      [['peak_saturated_power_w', 5, -0.533, 'b.2.b.2']],
    );
    assert.ok(
      r.derivations.some((d) => d.param === 'fractional_bandwidth_percent' && Math.abs(d.value - 25.641) < 0.001),
    );
  });

  test('decoy: Qorvo QPA1000 (datasheet: 2.8-3.2 GHz, 47 dBm ≈ 50 W; Qorvo lists it EAR99) fails b.2.a on fractional bandwidth 13.3 % and on power', () => {
    const r = run({
      rf_device_type: 'mmic_amplifier',
      frequency_min_ghz: { value: 2800, unit: 'MHz' },
      frequency_max_ghz: { value: 3200, unit: 'MHz' },
      peak_saturated_power_w: 50,
    });
    assert.deepEqual(codes(r), []);
    const failed = nearMiss(r, '3A001.b.2')!.failed;
    assert.ok(
      failed.some((c) => c.param === 'fractional_bandwidth_percent' && c.threshold === 15 && c.margin === -1.667),
    );
    assert.ok(failed.some((c) => c.param === 'peak_saturated_power_w' && c.threshold === 55 && c.margin === -5));
  });

  test('a discrete transistor is judged by b.3, not by the MMIC table', () => {
    const mmic = { frequency_min_ghz: 8.5, frequency_max_ghz: 11, peak_saturated_power_w: 20 };
    assert.deepEqual(codes(run({ ...mmic, rf_device_type: 'discrete_transistor' })), ['3A001.b.3']);
    assert.deepEqual(codes(run({ ...mmic, rf_device_type: 'discrete_transistor', peak_saturated_power_w: 14 })), []);
  });

  test('bad input: dBm is refused with the accepted units, an inverted band is refused', () => {
    assert.throws(
      () => run({ peak_saturated_power_w: { value: 36.5, unit: 'dBm' } }),
      (e: unknown) =>
        e instanceof DomainError &&
        e.kind === 'invalid_input' &&
        e.details.pointer === '/parameters/peak_saturated_power_w/unit',
    );
    assert.throws(
      () => run({ peak_saturated_power_w: { value: 36.5, unit: 'dBm' } }),
      /unknown unit "dBm" for peak_saturated_power_w; use one of W, mW, kW/,
    );
    assert.throws(
      () => run({ frequency_min_ghz: 11, frequency_max_ghz: 8.5 }),
      /frequency_min_ghz 11 GHz is above frequency_max_ghz 8.5 GHz/,
    );
    assert.throws(() => run({ peak_saturated_power_w: -4 }), /peak_saturated_power_w must be greater than 0 W, got -4/);
    assert.throws(
      () => run({ rf_device_type: 'twt' }),
      /rf_device_type 'twt' is not one of mmic_amplifier, discrete_transistor/,
    );
  });
});

describe('lithography just outside 3B001 (3B993.f) and DUV computational lithography (3D993.c)', () => {
  const duv = { lithography_type: 'step_and_scan', wavelength_nm: 193, numerical_aperture: 1.35 };
  test('immersion DUV (193 nm, NA 1.35 → MRF 35.7 nm) with 2.0 nm overlay → 3B993.f.1.b; US-only', () => {
    const r = run({ ...duv, dedicated_chuck_overlay_nm: 2.0 });
    assert.deepEqual(codes(r), ['3B993.f.1.b']);
    assert.deepEqual(r.entries[0]!.explanation.paragraphs, ['f.1.b.1', 'f.1.b.2']);
    assert.match(r.entries[0]!.explanation.verify!, /89 FR 96790/, 'the unconfirmed amending rule is flagged');
    assert.deepEqual(codes(r, 'EU'), []);
  });
  test('decoy: 2.5 nm overlay is outside both, a near miss of 3B993.f.1.b by 0.1 nm', () => {
    const r = run({ ...duv, dedicated_chuck_overlay_nm: 2.5 });
    assert.deepEqual(codes(r), []);
    assert.deepEqual(
      nearMiss(r, '3B993.f.1.b')!.failed.map((c) => [c.param, c.op, c.margin]),
      [['dedicated_chuck_overlay_nm', '<=', 0.1]],
    );
  });
  test('imprint lithography with 3 nm overlay → 3B993.f.2', () => {
    assert.deepEqual(codes(run({ lithography_type: 'imprint', overlay_accuracy_nm: 3 })), ['3B993.f.2']);
  });
  test('DUV mask computational-lithography software → 3D993.c; EUV-only software stays 3D003', () => {
    assert.deepEqual(
      codes(
        run({
          function: 'computational_lithography',
          item_kind: 'software',
          for_duv_masks: true,
          for_euv_masks: false,
        }),
      ),
      ['3D993.c'],
    );
    assert.deepEqual(
      codes(
        run({
          function: 'computational_lithography',
          item_kind: 'software',
          for_duv_masks: false,
          for_euv_masks: true,
        }),
      ),
      ['3D003'],
    );
  });
});

describe('imprint lithography in 3B001.f (issue 11: the ≤ 1.5 nm overlay test is f.5, not f.2)', () => {
  const rule = (code: string) => US_RULES.find((r) => r.code === code)!;
  test('15 CFR 774 Supp. 1, 3B001.f.5: "Imprint lithography equipment having an overlay accuracy less (better) than 1.5" — a 1.2 nm overlay tool → 3B001.f.5', () => {
    assert.match(
      rule('3B001.f.5').evidence![0]!.quote,
      /^f\.5\. Imprint lithography equipment having an overlay accuracy less \(better\) than 1\.5;$/,
    );
    const r = run({ lithography_type: 'imprint', overlay_accuracy_nm: 1.2 });
    assert.deepEqual(codes(r), ['3B001.f.5']);
  });
  test('3B001.f.2: "Imprint lithography equipment capable of production features of 45 nm or less" — the f.2 rule tests the feature size, not the overlay', () => {
    assert.match(
      rule('3B001.f.2').evidence![0]!.quote,
      /^f\.2\. Imprint lithography equipment capable of production features of 45 nm or less;$/,
    );
    assert.match(JSON.stringify(rule('3B001.f.2').when), /imprint_feature_nm/);
    assert.doesNotMatch(JSON.stringify(rule('3B001.f.2').when), /overlay/);
    assert.deepEqual(codes(run({ lithography_type: 'imprint', imprint_feature_nm: 30 })), ['3B001.f.2']);
    assert.deepEqual(codes(run({ lithography_type: 'imprint', imprint_feature_nm: 60 })), []);
  });
  test('an overlay of exactly 1.5 nm is in neither text ("less than 1.5" / "above 1.5 nm"): no entry, a near miss of 3B001.f.5 by 0 nm', () => {
    const r = run({ lithography_type: 'imprint', overlay_accuracy_nm: 1.5 });
    assert.deepEqual(codes(r), []);
    assert.deepEqual(
      nearMiss(r, '3B001.f.5')!.failed.map((c) => [c.param, c.op, c.margin]),
      [['overlay_accuracy_nm', '<', 0]],
    );
  });
  test('a tool meeting both (20 nm features, 1.0 nm overlay) → both paragraphs', () => {
    assert.deepEqual(
      codes(run({ lithography_type: 'imprint', imprint_feature_nm: 20, overlay_accuracy_nm: 1 })).sort(),
      ['3B001.f.2', '3B001.f.5'],
    );
  });
});
