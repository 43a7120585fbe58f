import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCode, countryName } from './countries';

test('country names as the lists write them map to ISO 3166-1 alpha-2', () => {
  const cases: [string, string][] = [
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Korea, North', 'KP'],
    ["Democratic People's Republic of Korea (North Korea)", 'KP'],
    ['Korea, South', 'KR'],
    ['Burma', 'MM'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Congo (Democratic Republic)', 'CD'],
    ['Bosnia-Herzegovina', 'BA'],
    ['St. Kitts & Nevis', 'KN'],
    ['Man, Isle of', 'IM'],
    ['China, Hong Kong Special Administrative Region', 'HK'],
    ['Palestinian', 'PS'],
    ['Kosovo', 'XK'],
    ['Syria', 'SY'],
    ['United Kingdom', 'GB'],
    ['USA', 'US'],
    ['ru', 'RU'],
    ['DE', 'DE'],
    ['IRN', 'IR'],
    ['  côte d’ivoire ', 'CI'],
    ['Viet Nam', 'VN'],
    ['Venezuela (Bolivarian Republic of)', 'VE'],
  ];
  for (const [name, code] of cases) assert.equal(countryCode(name), code, name);
});

test('unknown names are not guessed', () => {
  for (const name of ['former Soviet Union', 'Moscow', 'Region: Gaza', 'Belrus', '', 'XX', 'the'])
    assert.equal(countryCode(name), undefined, name);
  assert.equal(countryName('kp'), "Korea, Democratic People's Republic of");
});
