/**
 * One classification per transaction: the codes the app finds to fetch control entries are the
 * ones the engine and licence matching read (classified.ts), not a second classification.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Classified, classifyTransaction } from './classified';
import { determine } from './engine';
import { parseTransaction } from './transaction';

const h100 = {
  parameters: {
    item_kind: 'integrated_circuit',
    dense_tops: 1979,
    bit_length: 8,
    die_area_mm2: 814,
    designed_for_datacenter: true,
  },
  origin: 'US',
};
const tx = (items: unknown[]) =>
  parseTransaction({
    id: 'T',
    date: '2026-11-23',
    exporter: { country: 'US' },
    items,
    destination: 'CN',
    parties: [],
    end_use: ['civil'],
  });

/** Counts the answers computed (not re-read) per item and jurisdiction. */
class Counting extends Classified {
  readonly computed = new Map<string, number>();
  readonly #seen = new Set<string>();
  override item(index: number, j: Parameters<Classified['item']>[1]) {
    const key = `${index}:${j}`;
    if (!this.#seen.has(key)) {
      this.#seen.add(key);
      this.computed.set(key, (this.computed.get(key) ?? 0) + 1);
    }
    return super.item(index, j);
  }
}

describe('classified once', () => {
  test('the entries to fetch come from the same codes the engine reads: an H100 by its parameters is 3A090 (US)', () => {
    const t = tx([h100, { classification: { EU: '3A001.a.1', US: '3A001.a.1' }, origin: 'US' }]);
    const c = classifyTransaction(t);
    assert.deepEqual(c.entryCodes('US').sort(), ['3A001', '3A090']);
    assert.deepEqual(c.entryCodes('EU'), ['3A001']);
    // UK codes carry over from the multilateral EU/US code, with a question to confirm.
    assert.equal(c.item(1, 'UK').source, 'derived');
    assert.match(c.item(1, 'UK').open[0]!, /classification\.UK taken as 3A001\.a\.1 from classification\.EU/);
  });

  test('the engine reads the handed classification and answers as it would have alone', () => {
    const t = tx([h100]);
    const c = new Counting(t);
    c.entryCodes('US');
    const handed = determine(t, { classified: c });
    assert.ok(c.computed.get('0:US'), 'the engine read the handed codes');
    assert.deepEqual(handed, determine(t));
  });

  test('a classification for another transaction is not used', () => {
    const c = new Counting(tx([h100]));
    determine(tx([h100]), {});
    const other = determine(tx([h100]), { classified: c });
    assert.equal(c.computed.size, 0);
    assert.equal(other.determinations.US!.decision, 'LICENCE_REQUIRED');
  });

  test('bad parameters are refused where the engine reads them, naming the item; looking entries up skips them', () => {
    const t = tx([{ parameters: { item_kind: 'integrated_circuit', dense_tops: 'lots' }, origin: 'US' }]);
    const c = classifyTransaction(t);
    assert.deepEqual(c.entryCodes('US'), []);
    assert.throws(
      () => determine(t, { classified: c }),
      (e: Error & { details?: { pointer?: string } }) =>
        /^items\[0\]/.test(e.message) && !!e.details?.pointer?.startsWith('/items/0/parameters'),
    );
  });
});
