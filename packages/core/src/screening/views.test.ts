import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryReference } from './views';

test("a publisher reference is shown as it is; a digest id gives way to the entry's other id, or to none", () => {
  assert.deepEqual(entryReference('CDi.001', { programs: ['DRC'] }), {
    reference: 'CDi.001',
    source: null,
    programs: ['DRC'],
  });
  const csl = {
    otherIds: ['entity_number 12345'],
    subList: 'Entity List (EL) - Bureau of Industry and Security',
    programs: ['EAR'],
  };
  assert.deepEqual(entryReference('0a1b2c3d4e5f60718293a4b5c6d7e8f901234567', csl), {
    reference: 'entity_number 12345',
    source: csl.subList,
    programs: ['EAR'],
  });
  assert.equal(entryReference('0a1b2c3d4e5f60718293a4b5c6d7e8f901234567').reference, null);
});
