// Issue 7's scenario: a device licensed to a site in Kuala Lumpur, five landmarks (Kuala
// Lumpur, Singapore, Hong Kong, Moscow, Frankfurt), answering from different true positions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessHeartbeat } from './assess';
import { countryAt } from './borders';
import { CITIES, DEVICE, KL_SITE, LANDMARK_MAP, round, type Round } from './fixtures.test-support';
import { pureVerifier } from './keys';
import { DEFAULT_PROSCRIBED } from './proscribed';
import { verifyHeartbeat } from './verify';
import type { LatLon } from './geo';
import { decideLocation, discsFrom } from './location';

const assess = (r: Round) => {
  const v = verifyHeartbeat(
    {
      heartbeat: r.heartbeat,
      device: { id: DEVICE.id, publicKey: DEVICE.publicKey, lastCounter: 0 },
      landmarks: LANDMARK_MAP,
      nonces: r.nonces,
      receivedAt: new Date(r.heartbeat.report.message.clock),
    },
    pureVerifier,
  );
  assert.equal(v.reportAccepted, true);
  return assessHeartbeat(r.heartbeat.report.message, v, {
    landmarks: LANDMARK_MAP,
    site: KL_SITE,
    proscribed: DEFAULT_PROSCRIBED,
  });
};
const from = (at: LatLon, options?: Parameters<typeof round>[2]) => assess(round(at, 1, options));

test('the border data knows the cities', () => {
  assert.equal(countryAt(CITIES.kualaLumpur), 'MY');
  assert.equal(countryAt(CITIES.moscow), 'RU');
  assert.equal(countryAt(CITIES.hongKong), 'CN');
  assert.equal(countryAt({ lat: 35, lon: -45 }), null, 'mid-Atlantic');
});

test('at its licensed site in Kuala Lumpur the device stays green', () => {
  const a = from({ lat: 3.15, lon: 101.7 });
  assert.equal(a.location.decision, 'consistent-with-site', a.location.explanation);
  assert.deepEqual(a.alerts, []);
  const kl = a.location.discs.find((d) => d.landmarkId === 'lm-kualaLumpur')!;
  assert.ok(kl.radiusKm < 60, `the KL landmark bounds it to ${kl.radiusKm} km`);
});

test('answering with RTTs only possible from near Hong Kong, it has left its site', () => {
  const a = from(CITIES.hongKong);
  assert.equal(a.location.decision, 'left-site', a.location.explanation);
  assert.equal(a.location.excludedBy?.landmarkId, 'lm-hongKong');
  assert.ok(a.location.excludedBy!.marginKm > 2000);
  assert.deepEqual(
    a.alerts.map((x) => x.kind),
    ['left-site'],
  );
});

test('answering from the Moscow region, it is flagged in a proscribed country', () => {
  const a = from({ lat: 55.9, lon: 37.4 });
  assert.equal(a.location.decision, 'in-proscribed-country', a.location.explanation);
  assert.equal(a.location.regionCountry, 'RU');
  assert.deepEqual(
    a.alerts.map((x) => [x.kind, x.severity]),
    [['proscribed-country', 'critical']],
  );
});

test('large RTTs never conclude a country: the same device adding 40 ms everywhere only left its site', () => {
  const a = from(CITIES.moscow, { addedUs: 40_000 });
  assert.equal(a.location.decision, 'left-site', a.location.explanation);
  assert.equal(a.location.regionCountry, null);
});

test('a device near a border is not placed in the country next door (Almaty, 250 km from Kyrgyzstan)', () => {
  // Only distant landmarks: every disc is thousands of km wide and spans many countries.
  const a = from(CITIES.almaty);
  assert.equal(a.location.decision, 'left-site');
  assert.equal(a.location.regionCountry, null);
});

test('a GNSS claim outside the feasible region is flagged as spoofed', () => {
  const honest = from({ lat: 3.15, lon: 101.7 }, { report: { gnss: { lat: 3.15, lon: 101.7, accuracyM: 20 } } });
  assert.equal(honest.gnss?.spoofed, false);
  // Really in Moscow, claiming to be at the licensed site in Kuala Lumpur.
  const liar = from(CITIES.moscow, { report: { gnss: { lat: KL_SITE.lat, lon: KL_SITE.lon, accuracyM: 10 } } });
  assert.equal(liar.gnss?.spoofed, true);
  assert.ok(liar.alerts.some((x) => x.kind === 'gnss-spoofed'));
});

test('a tripped relocation sensor alerts even at the site', () => {
  const a = from({ lat: 3.15, lon: 101.7 }, { report: { sensors: { relocation: true, enclosureOpened: false } } });
  assert.deepEqual(
    a.alerts.map((x) => x.kind),
    ['relocation-sensor'],
  );
});

test('no measurement, or bounds that cannot all hold, are inconclusive', () => {
  assert.equal(decideLocation([], KL_SITE, DEFAULT_PROSCRIBED).decision, 'inconclusive');
  const liars = discsFrom(
    [
      { landmarkId: 'lm-moscow', rttUs: 300 },
      { landmarkId: 'lm-kualaLumpur', rttUs: 300 },
    ],
    LANDMARK_MAP,
  );
  const v = decideLocation(liars, KL_SITE, DEFAULT_PROSCRIBED);
  assert.equal(v.decision, 'inconclusive');
  assert.match(v.explanation, /do not intersect/);
});
