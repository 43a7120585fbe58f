/**
 * A toy jurisdiction for tests only — NOT law. It shows that adding a jurisdiction is one
 * registry entry (licensing/jurisdictions): importing this module registers it, and every reader
 * of the registry (validator, engine, API, CLI) takes it up. With the six built-in licensing
 * jurisdictions it is the seventh. Its code XX is in ISO 3166-1's user-assigned range, so it
 * can name no real country; its one control-list code pattern and its two rules are cited as
 * this fixture.
 */
import { registerJurisdiction, type LicensingRule } from '@dualuse/core';

export const TOY = 'XX';
const cited = { citation: 'test fixture (test/support/toy-jurisdiction.ts), not law', source: 'test fixture' };

const rules: LicensingRule[] = [
  {
    id: 'XX-TEST-SUBJECT',
    jurisdiction: TOY,
    stage: 'jurisdiction',
    title: 'Exports from the toy country XX are subject to the toy law',
    ...cited,
    effectiveFrom: '2000-01-01',
    when: { exporterIn: [TOY] },
    effect: { subject: true },
  },
  {
    id: 'XX-TEST-LICENCE',
    jurisdiction: TOY,
    stage: 'requirement',
    title: 'A listed toy item to China needs a toy licence',
    ...cited,
    effectiveFrom: '2000-01-01',
    when: { all: [{ listed: true }, { destinationIn: ['CN'] }] },
    effect: { decision: 'LICENCE_REQUIRED', reasons: ['XX-TEST'] },
  },
];

registerJurisdiction({
  code: TOY,
  name: 'Toy jurisdiction (test fixture)',
  adjective: 'toy',
  law: 'none: a test fixture, not law',
  controlLists: ['xx-test-list'],
  classification: { pattern: /^(unlisted|XX-\d{3})$/i, examples: 'XX-001 or unlisted' },
  rules: [rules],
  form: { classification: { label: 'XX test code', placeholder: 'XX-001', hint: 'Toy list of the test fixture' } },
});

/** A transaction the toy law reaches: a listed toy item from XX to `destination`. */
export const toyTransaction = (id: string, destination: string) => ({
  id,
  date: '2026-11-23',
  exporter: { name: 'Toy Exporter', country: TOY },
  items: [{ description: 'toy item', classification: { XX: 'XX-001' }, origin: TOY }],
  destination,
});
