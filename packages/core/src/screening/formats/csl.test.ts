import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseCslJson } from './csl';
import { parseListFile } from './index';

const file = (...p: string[]) => ({ name: p.at(-1)!, bytes: readFileSync(sharedData('lists', 'us-csl', ...p)) });
const counts = (ls: { list: string; entries: unknown[] }[]) =>
  Object.fromEntries(ls.map((l) => [l.list, l.entries.length]));

test('CSL 2022-05-16 (gzip): one list per source, rows per SOURCE.md (14,160)', () => {
  const lists = parseListFile([file('2022-05-16', 'consolidated.csv.gz')]);
  assert.deepEqual(counts(lists), {
    'us-ofac-sdn': 10026,
    'us-bis-entity-list': 2001,
    'us-ddtc-debarred': 727,
    'us-bis-dpl': 462,
    'us-ofac-ssi': 290,
    'us-bis-uvl': 201,
    'us-state-isn': 163,
    'us-ofac-plc': 78,
    'us-bis-meu': 71,
    'us-ofac-cmic': 68,
    'us-ofac-capta': 53,
    'us-ofac-ns-mbs': 17,
    'us-ofac-fse': 3,
  });
  assert.equal(
    lists.reduce((n, l) => n + l.entries.length, 0),
    14160,
  );
});

test('the Federal Register enumeration\'s "and" is no alias: cut as a prefix, dropped as an item of its own', () => {
  const el = parseListFile([file('2022-05-16', 'bis_el_meu_uvl.csv')]).find((l) => l.list === 'us-bis-entity-list')!;
  const names = el.entries.flatMap((e) => e.names.map((n) => n.full));
  assert.deepEqual(
    names.filter((n) => /^and\b/i.test(n)),
    [],
  );
  // "HPSTAR; and; Beijing High Voltage Science Research Center" in the alt_names cell.
  const hpstar = el.entries.find((e) => e.names.some((n) => n.full === 'HPSTAR'))!;
  assert.ok(hpstar.names.some((n) => n.full === 'Beijing High Voltage Science Research Center'));
  assert.equal(hpstar.names.length, 3);
});

test('CSL Entity List rows keep licence requirement, policy and FR notice', () => {
  const lists = parseListFile([file('2022-05-16', 'bis_el_meu_uvl.csv')]);
  assert.deepEqual(counts(lists), { 'us-bis-entity-list': 2001, 'us-bis-meu': 71, 'us-bis-uvl': 201 });
  const el = lists.find((l) => l.list === 'us-bis-entity-list')!;
  assert.equal(el.entries.filter((e) => e.licenseRequirement).length, 2000);
  assert.equal(el.entries.filter((e) => e.names.length > 1).length, 926, 'rows with alt_names');
  const plant = el.entries[0]!;
  assert.deepEqual(
    plant.names.map((n) => [n.full, n.kind]),
    [
      ['140 Repair Plant JSC', 'primary'],
      ['Open Joint Stock Company 140 Repair Plant', 'strong_alias'],
      ['JSC 140 Repair Plant', 'strong_alias'],
    ],
  );
  assert.deepEqual(
    [plant.licensePolicy, plant.federalRegisterNotice, plant.listedOn, plant.countries],
    ['Policy of denial.', '87 FR 20299', '2022-04-07', ['BY']],
  );
  assert.match(plant.licenseRequirement!, /^For all items subject to the EAR/);
  const meu = lists.find((l) => l.list === 'us-bis-meu')!;
  assert.ok(meu.entries.every((e) => e.licenseRequirement));
  const uvl = lists.find((l) => l.list === 'us-bis-uvl')!;
  assert.ok(uvl.entries.every((e) => !e.licenseRequirement));
});

test('CSL 2025 13-row sample: every source recognised, ids split into typed identifiers', () => {
  const lists = parseListFile([file('sample-2025-06-25', 'consolidated.csv')]);
  assert.equal(
    lists.reduce((n, l) => n + l.entries.length, 0),
    13,
  );
  assert.ok(lists.every((l) => l.warnings.length === 0 && !l.list.startsWith('us-csl-')));
  const full = parseListFile([file('2022-05-16', 'consolidated.csv.gz')]).find((l) => l.list === 'us-ofac-sdn')!;
  const withPassport = full.entries.find((e) => e.identifiers.some((i) => i.type === 'passport' && i.country === 'CA'));
  assert.ok(withPassport, 'ids "CA, BC166787, Passport" → passport issued by CA');
});

// The documented JSON download shape ({ results: [...] }), small file written here.
const JSON_DOC = {
  total: 1,
  results: [
    {
      id: 'abc123',
      source: 'Entity List (EL) - Bureau of Industry and Security',
      name: 'Example Microelectronics Co., Ltd.',
      alt_names: ['Example Micro'],
      programs: [],
      type: null,
      start_date: '2024-05-09',
      federal_register_notice: '89 FR 41886',
      license_requirement: 'For all items subject to the EAR.',
      license_policy: 'Presumption of denial.',
      addresses: [
        { address: '1 Keji Road', city: 'Shenzhen', state: 'Guangdong', postal_code: '518000', country: 'CN' },
      ],
      ids: [{ type: 'Registration Number', number: '914403001', country: 'CN' }],
      citizenships: [],
      nationalities: [],
      dates_of_birth: [],
    },
  ],
};

test('CSL JSON: results array mapped like the CSV', () => {
  const [el] = parseCslJson('consolidated.json', new TextEncoder().encode(JSON.stringify(JSON_DOC)));
  assert.equal(el?.list, 'us-bis-entity-list');
  assert.deepEqual(el?.entries[0], {
    sourceId: 'abc123',
    type: 'unknown',
    names: [
      { full: 'Example Microelectronics Co., Ltd.', kind: 'primary' },
      { full: 'Example Micro', kind: 'strong_alias' },
    ],
    addresses: [
      {
        full: '1 Keji Road, Shenzhen, Guangdong, 518000, CN',
        street: '1 Keji Road',
        city: 'Shenzhen',
        region: 'Guangdong',
        postalCode: '518000',
        country: 'CN',
      },
    ],
    countries: ['CN'],
    birthDates: [],
    birthPlaces: [],
    identifiers: [{ type: 'registration', value: '914403001', country: 'CN', note: 'Registration Number' }],
    programs: [],
    listedOn: '2024-05-09',
    subList: 'Entity List (EL) - Bureau of Industry and Security',
    licenseRequirement: 'For all items subject to the EAR.',
    licensePolicy: 'Presumption of denial.',
    federalRegisterNotice: '89 FR 41886',
  });
});
