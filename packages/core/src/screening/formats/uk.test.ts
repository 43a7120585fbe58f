import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseUkFcdoCsv } from './uk-fcdo-csv';
import { parseUkFcdoXml } from './uk-fcdo-xml';
import { parseOfsiXlsx } from './uk-ofsi';

test('FCDO UK Sanctions List XML sample: 5 designations with kinds, DOB forms, ship IMO', () => {
  const l = parseUkFcdoXml(
    'UK_Sanctions_List_sample.xml',
    readFileSync(sharedData('lists', 'uk-fcdo', 'sample-2026-09-10', 'UK_Sanctions_List_sample.xml')),
  );
  assert.deepEqual(
    [l.publishedAt, l.entries.map((e) => `${e.sourceId}:${e.type}`)],
    [
      '2026-09-10',
      ['AFG0001:organization', 'AFG0006:person', 'BEL0107:organization', 'DPR0075:vessel', 'AQD0195:person'],
    ],
  );
  const [afg1, akhund, bnk, petrel] = l.entries as [
    (typeof l.entries)[0],
    (typeof l.entries)[0],
    (typeof l.entries)[0],
    (typeof l.entries)[0],
  ];
  assert.equal(afg1.names[2]?.script, 'Arab');
  assert.deepEqual(akhund.birthDates, [{ date: '1958-05-12' }, { date: '1945' }, { date: '1946' }]);
  assert.deepEqual(
    akhund.identifiers.map((i) => [i.type, i.value]),
    [
      ['passport', 'P04581926'],
      ['national_id', '2132370'],
    ],
  );
  assert.deepEqual(
    [akhund.countries, akhund.otherIds, akhund.listedOn],
    [['AF'], ['OFSI Group ID 7172', 'UN TAi.002'], '2001-01-25'],
  );
  assert.deepEqual(
    bnk.names.map((n) => [n.full, n.kind]),
    [
      ['BNK (UK) Ltd', 'primary'],
      ['BNK UK Limited', 'strong_alias'],
      ['BNK', 'weak_alias'],
    ],
  );
  assert.deepEqual(
    bnk.related?.map((r) => r.name),
    ['CJSC Belarusian Oil Company', 'Belneftekhim', 'BNK (Deutschland) GmbH'],
  );
  assert.deepEqual([petrel.identifiers, petrel.countries], [[{ type: 'imo', value: '9562233' }], ['KM']]);
});

// Small file in the FCDO CSV layout (report-date line, header, one row per name).
const CSV = `Report Date: 10-Sep-2026
Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type,Alias strength,Title,Name non-latin script,Regime Name,"Individual, Entity, Ship",Date Designated,Other Information,UK Statement of Reasons,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Address Line 5,Address Line 6,Address Postal Code,Address Country,D.O.B,Nationality(/ies),Passport number,Passport additional information,National Identifier number,Gender,Town of birth,Country of birth,IMO number,Current believed flag of ship
04/08/2026,RUS1831,15000,,PETROV,Ivan,Sergeyevich,,,,Primary Name,,,Иван Сергеевич Петров,The Russia (Sanctions) (EU Exit) Regulations 2019,Individual,15/03/2022,"Director, ""X"" JSC",Involved person,,,,,Moscow,,,Russia,(1) dd/mm/1970 (2) 01/02/1971,Russia,7201234,issued 2019,,Male,Moscow,Russia,,
04/08/2026,RUS1831,15000,,PETROFF,Ivan,,,,,Alias,Low quality a.k.a,,,The Russia (Sanctions) (EU Exit) Regulations 2019,Individual,15/03/2022,,,,,,,,,,,,,,,,,,,,
01/02/2025,RUS9999,,,SEA STAR,,,,,,Primary Name,,,,The Russia (Sanctions) (EU Exit) Regulations 2019,Ship,01/02/2025,,,,,,,,,,,,,,,,,,,IMO9288693,Cameroon
`;

test('FCDO UK Sanctions List CSV: rows grouped by Unique ID', () => {
  const l = parseUkFcdoCsv('UK-Sanctions-List.csv', new TextEncoder().encode(CSV));
  assert.deepEqual([l.publishedAt, l.entries.length], ['2026-09-10', 2]);
  const [petrov, ship] = l.entries as [(typeof l.entries)[0], (typeof l.entries)[0]];
  assert.deepEqual(
    petrov.names.map((n) => [n.full, n.kind, n.script]),
    [
      ['Ivan Sergeyevich PETROV', 'primary', undefined],
      ['Иван Сергеевич Петров', 'strong_alias', 'Cyrl'],
      ['Ivan PETROFF', 'weak_alias', undefined],
    ],
  );
  assert.deepEqual(
    [petrov.type, petrov.birthDates, petrov.countries, petrov.gender, petrov.listedOn],
    ['person', [{ date: '1970' }, { date: '1971-02-01' }], ['RU'], 'male', '2022-03-15'],
  );
  assert.deepEqual(petrov.identifiers, [{ type: 'passport', value: '7201234', note: 'issued 2019' }]);
  assert.deepEqual(petrov.otherIds, ['OFSI Group ID 15000']);
  assert.deepEqual(
    [ship.type, ship.identifiers, ship.countries],
    ['vessel', [{ type: 'imo', value: '9288693' }], ['CM']],
  );
});

test('UK OFSI ConList.xlsx: 4,686 Group IDs (3,662 / 1,009 / 15) from 18,796 name rows', () => {
  const l = parseOfsiXlsx(
    'ofsi_conlist.xlsx',
    readFileSync(sharedData('lists', 'uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx')),
  );
  assert.deepEqual([l.publishedAt, l.entries.length], ['2025-04-10', 4686]);
  const n = (t: string) => l.entries.filter((e) => e.type === t).length;
  assert.deepEqual([n('person'), n('organization'), n('vessel')], [3662, 1009, 15]);
  assert.ok(l.entries.every((e) => e.names[0]?.kind === 'primary'));
  assert.equal(
    l.entries.reduce((c, e) => c + e.names.filter((x) => x.kind === 'former').length, 0),
    15,
    'FKA rows (27, some repeated) → former names',
  );
  const haq = l.entries.find((e) => e.sourceId === '15672')!;
  assert.deepEqual(
    haq.names.map((x) => x.full),
    ['Mian Abdul HAQ', 'Mian MITHOO', 'Mian MITHU', 'Mian MITTO', 'Mian MITTU'],
  );
  assert.deepEqual(
    [haq.countries, haq.programs, haq.listedOn, haq.otherIds, haq.gender],
    [['PK'], ['Global Human Rights'], '2022-12-09', ['UK Sanctions List Ref GHR0086'], 'male'],
  );
  assert.ok(
    l.entries.some((e) => e.names.some((x) => x.kind === 'weak_alias')),
    'Low quality → weak',
  );
});
