// Distances and bounds against values worked out by hand (haversine on R = 6371.0088 km,
// and v·RTT/2 with v = 299.792458 km/ms), and against published city-pair distances.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CITIES } from './fixtures.test-support';
import { destination, distanceBoundKm, distanceKm, FIBRE_KM_PER_MS, minimumRttUs } from './geo';

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual.toFixed(3)} is not within ${tolerance} of ${expected}`,
  );

test('great-circle distances between real cities', () => {
  // London–Paris 343.5 km, New York–Los Angeles 3,935.7 km, Moscow–Minsk 675.8 km (haversine, mean radius).
  near(distanceKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }), 343.5, 0.5, 'London–Paris');
  near(distanceKm({ lat: 40.7128, lon: -74.006 }, { lat: 34.0522, lon: -118.2437 }), 3935.7, 1, 'New York–Los Angeles');
  near(distanceKm(CITIES.moscow, { lat: 53.9006, lon: 27.559 }), 675.8, 1, 'Moscow–Minsk');
  // Cyberjaya–Hong Kong, the example of END-USE-MONITORING.md: 2,545 km.
  near(distanceKm({ lat: 2.9213, lon: 101.6559 }, CITIES.hongKong), 2545, 2, 'Cyberjaya–Hong Kong');
  // A quarter of the equator: π/2 · R exactly.
  near(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 }), (Math.PI / 2) * 6371.0088, 1e-9, 'quarter equator');
});

test('the distance bound d ≤ v·RTT/2', () => {
  // 299.792458 × 0.35 / 2 = 52.4637 km; × 1.1 / 2 = 164.8858 km; 17 ms → 2,548.2 km.
  near(distanceBoundKm(350), 52.4637, 1e-4, 'RTT 0.35 ms');
  near(distanceBoundKm(1100), 164.8858, 1e-4, 'RTT 1.1 ms');
  near(distanceBoundKm(17_000), 2548.2359, 1e-4, 'RTT 17 ms');
  // Fibre, for context: 200 × 1.1 / 2 = 110 km.
  near(distanceBoundKm(1100, FIBRE_KM_PER_MS), 110, 1e-9, 'RTT 1.1 ms over fibre');
  assert.equal(distanceBoundKm(0), 0);
});

test('the least possible RTT over a distance (Cyberjaya–Hong Kong ≥ 17 ms at c, ≥ 25 ms in fibre)', () => {
  const d = distanceKm({ lat: 2.9213, lon: 101.6559 }, CITIES.hongKong);
  near(minimumRttUs(d) / 1000, 16.98, 0.02, 'at c');
  near(minimumRttUs(d, FIBRE_KM_PER_MS) / 1000, 25.45, 0.03, 'in fibre');
  near(distanceBoundKm(minimumRttUs(d)), d, 1e-6, 'bound and minimum RTT are inverse');
});

test('destination walks the given distance', () => {
  for (const bearing of [0, 45, 137, 270])
    near(
      distanceKm(CITIES.kualaLumpur, destination(CITIES.kualaLumpur, bearing, 250)),
      250,
      1e-6,
      `bearing ${bearing}`,
    );
});
