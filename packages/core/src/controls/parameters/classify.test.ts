import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../common/errors';
import { classifyItem, type Classification } from './classify';
import { parametricCoverage } from './rules';

const asOf = '2026-11-23';
const run = (parameters: Record<string, unknown>, date = asOf) => classifyItem({ parameters }, { asOf: date });
const codes = (r: Classification, j = 'US') => r.entries.filter((e) => e.jurisdiction === j).map((e) => e.code);
const refusal = (parameters: unknown) => {
  try {
    classifyItem({ parameters }, { asOf });
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.kind, 'invalid_input');
    return error;
  }
  assert.fail('expected a refusal');
};

describe('advanced computing (3A090 / 4A090 / 3A991.p)', () => {
  const h100 = {
    item_kind: 'integrated_circuit',
    dense_tops: 1979,
    bit_length: 8,
    die_area_mm2: 814,
    designed_for_datacenter: true,
  };

  test('H100-class datacenter GPU (TPP ≈ 15,800, die 814 mm²) → 3A090.a, explained', () => {
    const r = run(h100);
    assert.equal(r.verdict, 'listed');
    assert.deepEqual(codes(r), ['3A090.a']);
    const e = r.entries[0]!;
    assert.deepEqual(e.explanation.paragraphs, ['a.1', 'a.2']);
    const tpp = e.explanation.checks.find((c) => c.param === 'tpp' && c.threshold === 4800)!;
    assert.equal(tpp.actual, 15832);
    assert.equal(tpp.margin, 11032);
    assert.match(e.explanation.summary, /Total processing performance \(TPP\) 15832 meets ≥ 4800 \(by 11032/);
    assert.ok(e.explanation.derivations.some((d) => d.param === 'tpp' && /3A090 Technical Note 2/.test(d.citation)));
    assert.equal(codes(r, 'EU').length, 0, 'no EU entry is derived for the US-unilateral 3A090');
  });

  test('the same GPU on a board → 4A090.a; before 3A090 existed → nothing', () => {
    assert.deepEqual(codes(run({ ...h100, item_kind: 'electronic_assembly' })), ['4A090.a']);
    assert.deepEqual(codes(run(h100, '2023-01-01')), []);
  });

  test('without item_kind it asks instead of guessing', () => {
    const { item_kind: _k, ...rest } = h100;
    const r = run(rest);
    assert.equal(r.verdict, 'undetermined');
    assert.deepEqual(
      r.missing.map((m) => m.param),
      ['item_kind'],
    );
    assert.deepEqual(r.missing[0]!.neededFor, ['US 3A090.a', 'US 3A991.p', 'US 4A090.a']);
  });

  test('dense TOPS without bit length: asks for bit_length, not tpp', () => {
    const r = run({
      item_kind: 'integrated_circuit',
      dense_tops: 1979,
      die_area_mm2: 814,
      designed_for_datacenter: true,
    });
    assert.ok(r.missing.some((m) => m.param === 'bit_length'));
    assert.ok(!r.missing.some((m) => m.param === 'tpp'));
  });

  test('an edge accelerator below the thresholds → 3A991.p, a tiny one → not listed', () => {
    const edge = run({
      item_kind: 'integrated_circuit',
      dense_tops: 100,
      bit_length: 8,
      die_area_mm2: 200,
      designed_for_datacenter: false,
    });
    assert.deepEqual(codes(edge), ['3A991.p']);
    assert.match(edge.entries[0]!.explanation.summary, /Dense TOPS 100 TOPS meets ≥ 8 TOPS/);
    const tiny = run({
      item_kind: 'integrated_circuit',
      dense_tops: 4,
      bit_length: 8,
      die_area_mm2: 50,
      designed_for_datacenter: false,
      io_bandwidth_gbps: 20,
    });
    assert.equal(tiny.verdict, 'not_listed');
    assert.deepEqual(tiny.entries, []);
  });

  test('Note 2: a non-datacenter chip in the 3A090.b band is excluded, and says why', () => {
    const r = run({
      item_kind: 'integrated_circuit',
      tpp: 3000,
      die_area_mm2: 600,
      designed_for_datacenter: false,
      dense_tops: 375,
    });
    assert.ok(!codes(r).includes('3A090.b'));
    assert.ok(r.excluded.some((x) => x.code === '3A090.b' && /Note 2/.test(x.note)));
    assert.deepEqual(
      codes(run({ item_kind: 'integrated_circuit', tpp: 3000, die_area_mm2: 600, designed_for_datacenter: true })),
      ['3A090.b'],
    );
  });

  test('a chip just under 3A090.a is a near miss with its margin', () => {
    const r = run({ item_kind: 'integrated_circuit', tpp: 4000, die_area_mm2: 800, designed_for_datacenter: true });
    const nm = r.near_misses.find((n) => n.code === '3A090.a')!;
    assert.ok(nm, 'near miss reported');
    assert.ok(nm.failed.some((c) => c.param === 'tpp' && c.margin === -800));
  });

  test('HBM with memory bandwidth density > 2 GB/s/mm² → 3A090.c (units converted)', () => {
    const r = run({ function: 'memory', memory_bandwidth_gbps: { value: 1.2, unit: 'TB/s' }, package_area_mm2: 110 });
    assert.deepEqual(codes(r), ['3A090.c']);
  });
});

describe('lithography (3B001.f.1)', () => {
  test('EUV scanner → 3B001.f.1.a in US, and in WA/EU/UK under the same number', () => {
    const r = run({ lithography_type: 'step_and_scan', wavelength_nm: 13.5, numerical_aperture: 0.33 });
    assert.deepEqual(codes(r), ['3B001.f.1.a']);
    assert.deepEqual(codes(r, 'EU'), ['3B001.f.1.a']);
    assert.match(r.entries.find((e) => e.jurisdiction === 'EU')!.explanation.caveat!, /Derived from the US text/);
  });

  test('immersion DUV, MRF 35.7 nm and overlay 1.3 nm → 3B001.f.1.b; with 1.6 nm overlay → not (3B993.f.1.b instead), as a near miss', () => {
    const duv = { lithography_type: 'step_and_scan', wavelength_nm: 193, numerical_aperture: 1.35 };
    const r = run({ ...duv, dedicated_chuck_overlay_nm: 1.3 });
    assert.deepEqual(codes(r), ['3B001.f.1.b']);
    assert.ok(r.derivations.some((d) => d.param === 'mrf_nm' && Math.abs(d.value - 35.741) < 0.001));
    const worse = run({ ...duv, dedicated_chuck_overlay_nm: 1.6 });
    assert.deepEqual(codes(worse), ['3B993.f.1.b']);
    const nm = worse.near_misses.find((n) => n.code === '3B001.f.1.b')!;
    assert.deepEqual(
      nm.failed.map((c) => [c.param, c.margin]),
      [['dedicated_chuck_overlay_nm', 0.1]],
    );
  });

  test('overlay unknown → asks for dedicated_chuck_overlay_nm', () => {
    const r = run({ lithography_type: 'step_and_scan', wavelength_nm: 193, numerical_aperture: 1.35 });
    assert.deepEqual(
      r.missing.map((m) => m.param),
      ['dedicated_chuck_overlay_nm'],
    );
  });
});

describe('machine tools (2B001 / 2B991)', () => {
  const fiveAxis = { machine_type: 'milling', linear_axes: 3, rotary_axes: 2, contouring_axes: 5, travel_m: 1.5 };
  test('5-axis mill, UPR 1.2 µm over 1.5 m travel → 2B001.b.2 (b.2.b), also under Wassenaar numbering', () => {
    const r = run({ ...fiveAxis, positioning_repeatability_um: 1.2 });
    assert.deepEqual(codes(r), ['2B001.b.2']);
    assert.deepEqual(r.entries[0]!.explanation.paragraphs, ['b.2.b']);
    assert.deepEqual(codes(r, 'WA'), ['2B001.b.2']);
  });
  test('the same mill with UPR 2.5 µm and 6 µm accuracy → 2B991.c; UPR in nm is converted', () => {
    assert.deepEqual(codes(run({ ...fiveAxis, positioning_repeatability_um: 2.5, positioning_accuracy_um: 6 })), [
      '2B991.c',
    ]);
    assert.deepEqual(
      codes(
        run({
          ...fiveAxis,
          positioning_repeatability_um: { value: 800, unit: 'nm' },
          travel_m: { value: 800, unit: 'mm' },
        }),
      ),
      ['2B001.b.2'],
    );
  });
  test('2B991.c waits while 2B001 is undecided', () => {
    const r = run({ ...fiveAxis, positioning_accuracy_um: 6 });
    assert.ok(r.missing.some((m) => m.param === 'positioning_repeatability_um'));
    assert.deepEqual(r.entries.find((e) => e.code === '2B991.c')?.unlessAlso, ['2B001.b.2']);
  });
});

describe('encryption (5A002.a / 5A992.c)', () => {
  test('AES-256 VPN appliance → 5A002.a', () => {
    const r = run({ function: 'encryption', symmetric_key_bits: 256, mass_market: false });
    assert.deepEqual(codes(r), ['5A002.a']);
    assert.match(r.entries[0]!.explanation.summary, /Symmetric key length 256 bits meets > 56 bits/);
  });
  test('mass-market phone → 5A992.c, with 5A002.a excluded by the Cryptography Note', () => {
    const r = run({ function: ['telecommunications', 'encryption'], symmetric_key_bits: 256, mass_market: true });
    assert.deepEqual(codes(r), ['5A992.c']);
    assert.ok(
      r.excluded.some((x) => x.jurisdiction === 'US' && x.code === '5A002.a' && /Cryptography Note/.test(x.note)),
    );
  });
  test('mass-market status unknown → asks for it', () => {
    assert.deepEqual(
      run({ function: 'encryption', symmetric_key_bits: 256 }).missing.map((m) => m.param),
      ['mass_market'],
    );
  });
});

describe('bad input gets a precise error', () => {
  test('unknown unit names the pointer and the accepted units', () => {
    const e = refusal({ wavelength_nm: { value: 13.5, unit: 'furlong' } });
    assert.equal(e.details.pointer, '/parameters/wavelength_nm/unit');
    assert.match(e.message, /unknown unit "furlong" for wavelength_nm; use one of nm, um/);
  });
  test('negative value, wrong type, unknown parameter with a suggestion, bad enum', () => {
    assert.match(refusal({ die_area_mm2: -5 }).message, /die_area_mm2 must be greater than 0 mm2, got -5/);
    assert.match(refusal({ positioning_repeatability_um: -1 }).message, /at least 0/);
    assert.match(refusal({ tpp: '4800' }).message, /tpp must be a number in TPP, got "4800"/);
    assert.match(refusal({ die_area: 800 }).message, /unknown parameter 'die_area' \(did you mean 'die_area_mm2'\?\)/);
    assert.match(
      refusal({ machine_type: 'lathe' }).message,
      /machine_type 'lathe' is not one of turning, milling, grinding, jig_boring/,
    );
    assert.match(refusal({ bit_length: 7.5 }).message, /whole number/);
  });
  test('no parameters and no description is refused; all errors are listed', () => {
    assert.match(refusal({}).message, /give at least one parameter/);
    const e = refusal({ tpp: -1, wavelength_nm: 'x' });
    assert.equal((e.details.errors as unknown[]).length, 2);
  });
});

test('coverage: entries with parametric predicates', () => {
  const cov = parametricCoverage();
  assert.deepEqual(cov.US, [
    '2B001',
    '2B991',
    '3A001',
    '3A090',
    '3A991',
    '3B001',
    '3B993',
    '3D003',
    '3D993',
    '4A005',
    '4A090',
    '4A906',
    '4D004',
    '5A001',
    '5A002',
    '5A992',
    '6A003',
    '6A993',
    '7A003',
    '7A005',
    '9A012',
    '9A610',
  ]);
  // US-unilateral entries (3A090/4A090, 3B993/3D993, 4A906, 9A610 and the x9x catch-alls) have no derived counterpart.
  for (const j of ['WA', 'EU', 'UK'])
    assert.deepEqual(cov[j], [
      '2B001',
      '3A001',
      '3B001',
      '3D003',
      '4A005',
      '4D004',
      '5A001',
      '5A002',
      '6A003',
      '7A003',
      '7A005',
      '9A012',
    ]);
  const total = Object.values(cov).reduce((n, c) => n + c.length, 0);
  assert.equal(total, 22 + 3 * 12);
  console.log(
    `entries with parametric predicates: ${Object.entries(cov)
      .map(([j, c]) => `${j} ${c.length}`)
      .join(', ')} (${total} in all)`,
  );
});

describe('dates before the text we hold (issue 11: no invented answer before a known version)', () => {
  const euv = { lithography_type: 'step_and_scan', wavelength_nm: 13.5, numerical_aperture: 0.33 };
  test('an EUV scanner on 1 Jun 2020, before the eCFR snapshot (lower bound 16 Jan 2025): undetermined with a warning naming the entry, not "not listed"', () => {
    const r = run(euv, '2020-06-01');
    assert.deepEqual(codes(r), []);
    assert.equal(r.verdict, 'undetermined');
    assert.ok(
      r.warnings.some((w) => /^US 3B001\.f\.1\.a: the text is known only from 2025-01-16 .* not modelled/.test(w)),
      r.warnings.join(' | '),
    );
  });
  test('on a date the snapshot covers the same scanner is listed and no such warning is given', () => {
    const r = run(euv);
    assert.equal(r.verdict, 'listed');
    assert.ok(!r.warnings.some((w) => /not modelled/.test(w)));
  });
});
