import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseListFile } from './index';
import { parseOfacXml } from './ofac-xml';

test('OFAC CONS_ENHANCED.ZIP: 443 entities (363 Entity, 80 Individual), names by script and quality', () => {
  const bytes = readFileSync(sharedData('lists', 'ofac', 'cons-enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP'));
  const [l] = parseListFile([{ name: 'CONS_ENHANCED.ZIP', bytes }]);
  assert.ok(l);
  assert.deepEqual(
    [l.list, l.format, l.publishedAt, l.entries.length],
    ['us-ofac-cons', 'ofac-enhanced-xml', '2025-01-10', 443],
  );
  assert.equal(l.entries.filter((e) => e.type === 'person').length, 80);
  assert.equal(l.entries.filter((e) => e.type === 'organization').length, 363);
  const haniya = l.entries.find((e) => e.sourceId === '9639')!;
  assert.deepEqual(haniya.names[0], {
    full: 'HANIYA, Ismail Abdul Salah',
    kind: 'primary',
    given: 'Ismail Abdul Salah',
    family: 'HANIYA',
  });
  assert.equal(haniya.subList, 'Non-SDN Palestinian Legislative Council List');
  assert.deepEqual(
    [haniya.birthDates, haniya.birthPlaces, haniya.programs, haniya.listedOn],
    [[{ date: '1962' }], ['Shati'], ['NS-PLC'], '2006-04-12'],
  );
  const vtb = l.entries.find((e) => e.sourceId === '17013')!;
  assert.deepEqual(
    vtb.names.find((n) => n.script === 'Cyrl'),
    { full: 'БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО', kind: 'strong_alias', script: 'Cyrl' },
  );
  assert.ok(vtb.names.some((n) => n.full === 'JSC VTB BANK' && n.kind === 'former'));
  assert.ok(
    vtb.names.some((n) => n.full === 'JSC VTB BANK NEW DELHI BRANCH' && n.kind === 'weak_alias'),
    'isLowQuality → weak',
  );
  assert.ok(
    vtb.identifiers.some((i) => i.type === 'registration' && i.value === '1027739609391' && i.country === 'RU'),
  );
  assert.ok(vtb.countries.includes('RU'));
});

// A small file in OFAC's documented SDN.XML schema (sdnList.xsd), as no real copy was obtainable.
const SDN_XML = `<?xml version="1.0" standalone="yes"?>
<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://tempuri.org/sdnList.xsd">
  <publshInformation><Publish_Date>05/03/2024</Publish_Date><Record_Count>2</Record_Count></publshInformation>
  <sdnEntry>
    <uid>7848</uid><firstName>Izzat Ibrahim</firstName><lastName>AL-DURI</lastName><sdnType>Individual</sdnType>
    <programList><program>IRAQ2</program></programList>
    <akaList>
      <aka><uid>4431</uid><type>a.k.a.</type><category>weak</category><lastName>ABU BRAYS</lastName></aka>
      <aka><uid>4432</uid><type>a.k.a.</type><category>strong</category><lastName>AL-DOURI</lastName><firstName>Izzat</firstName></aka>
    </akaList>
    <idList><id><uid>1</uid><idType>Passport</idType><idNumber>A123456</idNumber><idCountry>Iraq</idCountry><expirationDate>01 Jan 2030</expirationDate></id></idList>
    <nationalityList><nationality><uid>2</uid><country>Iraq</country><mainEntry>true</mainEntry></nationality></nationalityList>
    <dateOfBirthList><dateOfBirthItem><uid>3</uid><dateOfBirth>circa 1942</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem>
      <dateOfBirthItem><uid>4</uid><dateOfBirth>1940 to 1944</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem></dateOfBirthList>
    <placeOfBirthList><placeOfBirthItem><uid>5</uid><placeOfBirth>al-Dur, Iraq</placeOfBirth><mainEntry>true</mainEntry></placeOfBirthItem></placeOfBirthList>
  </sdnEntry>
  <sdnEntry>
    <uid>4249</uid><lastName>TIFON</lastName><sdnType>Vessel</sdnType><remarks>Vessel Registration Identification IMO 7206512.</remarks>
    <programList><program>CUBA</program></programList>
    <addressList><address><uid>6</uid><city>Havana</city><country>Cuba</country></address></addressList>
    <vesselInfo><callSign>CL2059</callSign><vesselType>Tug</vesselType><vesselFlag>Cuba</vesselFlag></vesselInfo>
  </sdnEntry>
</sdnList>`;

test('OFAC classic SDN.XML: strong/weak aka category, ids, DOB forms, vessel info', () => {
  const l = parseOfacXml('SDN.XML', new TextEncoder().encode(SDN_XML));
  assert.deepEqual([l.list, l.publishedAt, l.entries.length], ['us-ofac-sdn', '2024-05-03', 2]);
  const [duri, tifon] = l.entries as [(typeof l.entries)[0], (typeof l.entries)[0]];
  assert.deepEqual(
    duri.names.map((n) => [n.full, n.kind]),
    [
      ['AL-DURI, Izzat Ibrahim', 'primary'],
      ['ABU BRAYS', 'weak_alias'],
      ['AL-DOURI, Izzat', 'strong_alias'],
    ],
  );
  assert.deepEqual(duri.birthDates, [
    { date: '1942', approximate: true },
    { date: '1940', to: '1944' },
  ]);
  assert.deepEqual(duri.identifiers, [
    { type: 'passport', value: 'A123456', country: 'IQ', note: 'Passport; expires 01 Jan 2030' },
  ]);
  assert.deepEqual([duri.type, duri.countries, duri.birthPlaces], ['person', ['IQ'], ['al-Dur, Iraq']]);
  assert.deepEqual([tifon.type, tifon.countries, tifon.addresses[0]?.country], ['vessel', ['CU'], 'CU']);
  assert.deepEqual(tifon.identifiers, [
    { type: 'call_sign', value: 'CL2059' },
    { type: 'imo', value: '7206512' },
  ]);
});
