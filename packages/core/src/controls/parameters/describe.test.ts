import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PARAMETER_BY_NAME } from './catalog';
import { classifyItem, type Classification } from './classify';
import { readDescription } from './describe';
import { DESCRIPTION_CUES } from './description-cues';
import { HELD_OUT_PRODUCTS } from './testdata/held-out-products';

const asOf = '2026-11-23';
const us = (r: Classification) => r.entries.filter((e) => e.jurisdiction === 'US').map((e) => e.code);
const fact = (r: Classification, param: string) => r.inferred.find((f) => f.param === param);

describe('descriptive classification', () => {
  test('every cue names a catalogue parameter and a value it accepts', () => {
    for (const cue of DESCRIPTION_CUES) {
      const def = PARAMETER_BY_NAME.get(cue.param);
      assert.ok(def, `${cue.id}: unknown parameter ${cue.param}`);
      if (def.type === 'enum') assert.ok(def.values!.includes(String(cue.value)), `${cue.id}: ${String(cue.value)}`);
      if (def.type === 'boolean') assert.equal(typeof cue.value, 'boolean', cue.id);
      assert.doesNotThrow(() => new RegExp(cue.pattern, 'gi'), cue.id);
    }
  });

  test('an H100 SXM datacenter GPU with its datasheet figures is 3A090.a at the first pass, showing what was inferred', () => {
    const r = classifyItem(
      {
        description: 'H100 SXM datacenter GPU',
        parameters: { dense_tops: { value: 989.4, unit: 'TFLOPS' }, bit_length: 16, die_area_mm2: 814 },
      },
      { asOf },
    );
    assert.equal(r.verdict, 'listed');
    assert.deepEqual(us(r), ['3A090.a']);
    assert.deepEqual(fact(r, 'item_kind')?.words, ['GPU']);
    assert.deepEqual(fact(r, 'item_kind')?.value, 'integrated_circuit');
    assert.deepEqual(fact(r, 'designed_for_datacenter')?.words, ['datacenter']);
    assert.equal(fact(r, 'item_kind')?.source, 'description (product heuristic)');
  });

  test('explicit parameters win over the description', () => {
    const r = classifyItem(
      { description: 'GPU', parameters: { item_kind: 'computer', dense_tops: 989.4, bit_length: 16 } },
      { asOf },
    );
    assert.equal(fact(r, 'item_kind'), undefined);
    assert.deepEqual(us(r), ['4A090.a']);
  });

  test('a component named after "with", "for" or a count is contents, not the item', () => {
    const kind = (d: string) => readDescription(d).inferred.find((f) => f.param === 'item_kind')?.value;
    assert.equal(kind('AI server with 8 GPUs'), 'computer');
    assert.equal(kind('8-GPU server'), 'computer');
    assert.equal(kind('GPU accelerator for datacenter servers'), 'integrated_circuit');
    assert.equal(kind('rack server, 4x NVIDIA H200 NVL GPUs'), 'computer');
  });

  test('a description pointing two ways infers nothing and gives conditional provisional entries', () => {
    const r = classifyItem(
      { description: 'GPU server node', parameters: { dense_tops: 989.4, bit_length: 16 } },
      { asOf, jurisdictions: ['US'] },
    );
    assert.equal(r.verdict, 'undetermined');
    assert.equal(fact(r, 'item_kind'), undefined);
    assert.deepEqual(r.unresolved[0]?.param, 'item_kind');
    const summaries = r.provisional.map((p) => p.summary);
    assert.ok(summaries.includes('3A090.a if Form of the item: integrated circuit'), summaries.join('; '));
    assert.ok(summaries.includes('4A090.a if Form of the item: computer'), summaries.join('; '));
    // 3A991.p is "n.e.s.": not offered where 3A090.a applies under the same condition.
    assert.ok(!summaries.some((s) => s.startsWith('3A991.p if Form of the item: integrated circuit')));
  });

  test('an encryption item without its mass-market status gets both outcomes, conditionally', () => {
    const r = classifyItem({ description: 'VPN appliance, AES-256', parameters: {} }, { asOf, jurisdictions: ['US'] });
    assert.equal(fact(r, 'symmetric_key_bits')?.value, 256);
    assert.deepEqual(
      r.provisional.map((p) => p.summary),
      ['5A002.a if Mass market (Cryptography Note): no', '5A992.c if Mass market (Cryptography Note): yes'],
    );
  });

  test('"scanner" is lithography only next to lithography words', () => {
    assert.equal(readDescription('handheld barcode scanner').inferred.length, 0);
    assert.deepEqual(
      readDescription('KrF scanner').inferred.map((f) => [f.param, f.value]),
      [
        ['lithography_type', 'step_and_scan'],
        ['wavelength_nm', 248],
      ],
    );
  });

  test('held-out products: every family classifies at the first pass, as the figures say', () => {
    for (const p of HELD_OUT_PRODUCTS) {
      const r = classifyItem({ description: p.description, parameters: p.parameters }, { asOf, jurisdictions: ['US'] });
      assert.notEqual(
        r.verdict,
        'undetermined',
        `${p.description}: asks for ${r.missing.map((m) => m.param).join(', ')}`,
      );
      assert.deepEqual(us(r), p.expect, p.description);
    }
  });
});
