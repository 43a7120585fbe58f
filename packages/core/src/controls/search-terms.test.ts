import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandSearch, searchPhrases } from './search-terms';

test('trade terms expand to the lists’ wording, whole words only, plurals included', () => {
  const e = expandSearch('datacenter GPU accelerators');
  assert.deepEqual(
    e.map((x) => x.term),
    ['gpu', 'datacenter'],
  );
  assert.ok(searchPhrases(e).includes('total processing performance'));
  assert.ok(searchPhrases(e).includes('datacenters'));
  assert.deepEqual(expandSearch('gpuless centrifuge'), []);
  assert.deepEqual(
    expandSearch('EUV masks').flatMap((x) => x.means),
    ['extreme ultraviolet'],
  );
});
