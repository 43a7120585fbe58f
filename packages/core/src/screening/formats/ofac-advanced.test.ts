import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { detectFormat } from './detect';
import { parseListFile } from './index';
import { parseOfacAdvanced } from './ofac-advanced';

// Written in OFAC's documented schema (no real snapshot is kept): see the file's header comment.
const SAMPLE = readFileSync(new URL('./testdata/SDN_ADVANCED_sample.xml', import.meta.url), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
const invalid = (re: RegExp) => ({ name: 'DomainError', kind: 'invalid_input', message: re });
/** 1-based line of the first line containing `s` in `text`. */
const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

test('SDN_ADVANCED.XML: list, publication date and the four parties with their types', () => {
  const [l, ...rest] = parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(SAMPLE) }]);
  assert.equal(rest.length, 0);
  assert.ok(l);
  assert.deepEqual(
    [l.list, l.format, l.publishedAt, l.warnings],
    ['us-ofac-sdn', 'ofac-advanced-xml', '2026-11-20', []],
  );
  assert.deepEqual(
    l.entries.map((e) => [e.sourceId, e.type, e.names[0]?.full]),
    [
      ['36101', 'person', 'AL-RAHMAN, Khalid Ahmad'],
      ['36201', 'organization', 'GULF HORIZON TRADING LLC'],
      ['36301', 'vessel', 'OCEAN PEARL'],
      ['36401', 'person', 'VOLKOV, Igor Sergeyevich'],
    ],
  );
});

test('person: names by alias type and quality, DOBs, nationality, POB, passport, address, programme, relation', () => {
  const person = parseOfacAdvanced('SDN_ADVANCED.XML', enc(SAMPLE)).entries[0];
  assert.deepEqual(person, {
    sourceId: '36101',
    type: 'person',
    names: [
      { full: 'AL-RAHMAN, Khalid Ahmad', kind: 'primary', given: 'Khalid Ahmad', family: 'AL-RAHMAN' },
      // The primary alias's Arabic DocumentedName is the same name in original script.
      { full: 'الرحمن, خالد أحمد', kind: 'strong_alias', given: 'خالد أحمد', family: 'الرحمن', script: 'Arab' },
      { full: 'AL-RAHMAN, Khaled', kind: 'strong_alias', given: 'Khaled', family: 'AL-RAHMAN' },
      { full: 'ABU LAYTH', kind: 'weak_alias' },
    ],
    addresses: [
      { full: 'Al-Mazzeh Street 14, Damascus, Syria', street: 'Al-Mazzeh Street 14', city: 'Damascus', country: 'SY' },
    ],
    countries: ['SY'],
    birthDates: [{ date: '1971-03-14' }, { date: '1970' }],
    birthPlaces: ['Aleppo, Syria'],
    identifiers: [
      { type: 'passport', value: 'N008123456', country: 'SY', note: 'Passport; issued 2015-03-01; expires 2025-02-28' },
    ],
    programs: ['SDGT'],
    listedOn: '2019-09-10',
    gender: 'male',
    related: [{ relation: 'Associate Of', name: 'VOLKOV, Igor Sergeyevich', sourceId: '36401' }],
  });
});

test('entity with a former name; vessel with IMO, MMSI, call sign, flag and owner; person with a circa range', () => {
  const [, entity, vessel, volkov] = parseOfacAdvanced('SDN_ADVANCED.XML', enc(SAMPLE)).entries;
  assert.deepEqual(entity?.names, [
    { full: 'GULF HORIZON TRADING LLC', kind: 'primary' },
    { full: 'HORIZON GENERAL TRADING FZE', kind: 'former' },
    { full: 'GHT', kind: 'strong_alias' },
  ]);
  assert.deepEqual(entity?.addresses, [
    {
      full: 'Office 1204, Al Shafar Tower 1, Barsha Heights, Dubai, United Arab Emirates',
      street: 'Office 1204, Al Shafar Tower 1, Barsha Heights',
      city: 'Dubai',
      country: 'AE',
    },
  ]);
  assert.deepEqual(entity?.identifiers, [
    { type: 'registration', value: 'DMCC-48213', country: 'AE', note: 'Registration Number' },
    { type: 'website', value: 'www.gulfhorizon-trading.example', note: 'Website' },
  ]);
  assert.deepEqual(
    [entity?.countries, entity?.programs, entity?.listedOn, entity?.birthDates],
    [['AE'], ['IRAN-EO13902'], '2020-12-08', []],
  );
  assert.deepEqual(vessel, {
    sourceId: '36301',
    type: 'vessel',
    names: [
      { full: 'OCEAN PEARL', kind: 'primary' },
      { full: 'SEA PEARL', kind: 'former' },
    ],
    addresses: [],
    countries: ['TV'],
    birthDates: [],
    birthPlaces: [],
    identifiers: [
      { type: 'imo', value: '9187629', note: 'Vessel Registration Identification' },
      { type: 'mmsi', value: '572469210', note: 'MMSI' },
      { type: 'call_sign', value: 'T2EO4' },
    ],
    programs: ['IRAN-EO13846'],
    listedOn: '2020-12-08',
    related: [{ relation: 'Owned or Controlled By', name: 'GULF HORIZON TRADING LLC', sourceId: '36201' }],
  });
  assert.deepEqual(
    volkov?.names.map((n) => [n.full, n.kind, n.script]),
    [
      ['VOLKOV, Igor Sergeyevich', 'primary', undefined],
      ['ВОЛКОВ, Игорь Сергеевич', 'strong_alias', 'Cyrl'],
      ['WOLKOW, Igor', 'strong_alias', undefined],
    ],
  );
  assert.deepEqual(volkov?.birthDates, [{ date: '1960', to: '1965', approximate: true }]);
  assert.deepEqual(
    [volkov?.birthPlaces, volkov?.countries, volkov?.programs],
    [['Saint Petersburg, Russia'], ['RU'], ['RUSSIA-EO14024', 'CYBER2']],
  );
  assert.deepEqual(volkov?.identifiers, [
    { type: 'crypto_wallet', value: '1FzWLkAahHooV3kzTgyx6qsswXJ6sCXkSR', note: 'XBT' },
  ]);
});

test('detection: ADVANCED_XML and the older UN 1.0 namespace, plain or zipped; CONS_ADVANCED is the consolidated list', () => {
  assert.equal(detectFormat('SDN_ADVANCED.XML', enc(SAMPLE)), 'ofac-advanced-xml');
  const older = SAMPLE.replace(
    'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML',
    'http://www.un.org/sanctions/1.0',
  );
  assert.equal(detectFormat('sdn_advanced.xml', enc(older)), 'ofac-advanced-xml');
  const [zipped] = parseListFile([{ name: 'SDN_ADVANCED.ZIP', bytes: zipSync({ 'SDN_ADVANCED.XML': enc(older) }) }]);
  assert.deepEqual([zipped?.list, zipped?.format, zipped?.entries.length], ['us-ofac-sdn', 'ofac-advanced-xml', 4]);
  // CONS_ADVANCED: every entry is on a non-SDN list, which also becomes the entry's sub-list.
  const cons = SAMPLE.replace(/ListID="1550"/g, 'ListID="91243"');
  const [l] = parseListFile([{ name: 'download.xml', bytes: enc(cons) }]);
  assert.deepEqual([l?.list, l?.entries[0]?.subList], ['us-ofac-cons', 'Non-SDN Palestinian Legislative Council List']);
});

test('truncated file: malformed XML with the line and element path', () => {
  const cut = SAMPLE.slice(0, SAMPLE.indexOf('<Alias FixedRef="36201" AliasTypeID="1401"'));
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(cut) }]),
    invalid(
      /^SDN_ADVANCED\.XML: line \d+ in \/Sanctions\/DistinctParties\/DistinctParty\/Profile\/Identity: malformed XML/,
    ),
  );
});

test('unknown reference ids name the element, its line and the reference set', () => {
  const badAlias = SAMPLE.replace(
    '<Alias FixedRef="36201" AliasTypeID="1401"',
    '<Alias FixedRef="36201" AliasTypeID="9999"',
  );
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(badAlias) }]),
    invalid(
      new RegExp(
        `^SDN_ADVANCED\\.XML: line ${lineOf(badAlias, 'AliasTypeID="9999"')} in /Sanctions/DistinctParties/DistinctParty/Profile/Identity/Alias: AliasTypeID="9999" is not in ReferenceValueSets/AliasTypeValues$`,
      ),
    ),
  );
  const badLocation = SAMPLE.replace(
    '<VersionLocation LocationID="9201" />',
    '<VersionLocation LocationID="424242" />',
  );
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(badLocation) }]),
    invalid(
      new RegExp(
        `line ${lineOf(badLocation, '424242')} in /Sanctions/DistinctParties/DistinctParty/Profile/Feature/FeatureVersion/VersionLocation: LocationID="424242" is not in Locations`,
      ),
    ),
  );
  const badCountry = SAMPLE.replace(
    'IdentityID="5201" IssuedBy-CountryID="11210"',
    'IdentityID="5201" IssuedBy-CountryID="1"',
  );
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(badCountry) }]),
    invalid(
      /in \/Sanctions\/IDRegDocuments\/IDRegDocument: IssuedBy-CountryID="1" is not in ReferenceValueSets\/CountryValues$/,
    ),
  );
  const badGroup = SAMPLE.replace('NamePartGroupID="7302"', 'NamePartGroupID="7399"');
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(badGroup) }]),
    invalid(
      /Alias\/DocumentedName\/DocumentedNamePart\/NamePartValue: NamePartGroupID="7399" is not in this Identity's NamePartGroups$/,
    ),
  );
  const badProfile = SAMPLE.replace(
    '<SanctionsEntry ID="36401" ProfileID="36401"',
    '<SanctionsEntry ID="36401" ProfileID="77"',
  );
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(badProfile) }]),
    invalid(
      /in \/Sanctions\/SanctionsEntries\/SanctionsEntry: ProfileID="77" is not a DistinctParty Profile in this file$/,
    ),
  );
});

test('hostile or wrong input: DOCTYPE refused, wrong root and a party without a name', () => {
  const doctype = SAMPLE.replace(
    '<Sanctions ',
    '<!DOCTYPE Sanctions [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Sanctions ',
  );
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(doctype) }]),
    invalid(/DOCTYPE declarations are refused/),
  );
  assert.throws(
    () =>
      parseListFile([{ name: 'x.xml', bytes: enc('<sdnList><sdnEntry/></sdnList>') }], { format: 'ofac-advanced-xml' }),
    invalid(/^x\.xml: line 1: root element is <sdnList>, expected <Sanctions>/),
  );
  const nameless = SAMPLE.replace(
    /<Alias FixedRef="36301"[\s\S]*?<\/Alias>\s*<Alias FixedRef="36301"[\s\S]*?<\/Alias>/,
    '',
  );
  assert.throws(
    () => parseListFile([{ name: 'SDN_ADVANCED.XML', bytes: enc(nameless) }]),
    invalid(/in \/Sanctions\/DistinctParties\/DistinctParty\/Profile: <Profile ID="36301"> has no name$/),
  );
});
