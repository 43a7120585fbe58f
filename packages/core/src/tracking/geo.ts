/**
 * Spherical geometry for latency bounds. The Earth is taken as a sphere of the IUGG mean
 * radius; the error against the ellipsoid (< 0.5 %) is far below what latency can resolve.
 */
export interface LatLon {
  lat: number;
  lon: number;
}

/** IUGG mean Earth radius, km. */
export const EARTH_RADIUS_KM = 6371.0088;
/** Light in vacuum: 299,792.458 km/s = 299.792 km/ms. The sound bound: nothing signals faster. */
export const LIGHT_KM_PER_MS = 299.792458;
/** Light in optical fibre (refractive index ≈ 1.47 gives 204): the usual round 200 km/ms. Context only. */
export const FIBRE_KM_PER_MS = 200;

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Great-circle distance (haversine), km. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from `from` on initial bearing `bearingDeg` (clockwise from north). */
export function destination(from: LatLon, bearingDeg: number, km: number): LatLon {
  const d = km / EARTH_RADIUS_KM;
  const b = rad(bearingDeg);
  const lat1 = rad(from.lat);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    rad(from.lon) +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: deg(lat2), lon: ((deg(lon2) + 540) % 360) - 180 };
}

/**
 * The distance bound of one round trip: the signal went there and back, so the device is at
 * most v·RTT/2 from the landmark. RTT in microseconds, result in km.
 */
export function distanceBoundKm(rttUs: number, kmPerMs = LIGHT_KM_PER_MS): number {
  return (kmPerMs * (rttUs / 1000)) / 2;
}

/** The least RTT (µs) a signal at `kmPerMs` needs for a round trip over `km`. */
export function minimumRttUs(km: number, kmPerMs = LIGHT_KM_PER_MS): number {
  return ((2 * km) / kmPerMs) * 1000;
}

/** A polygon approximating the geodesic circle, as [lon, lat] pairs (GeoJSON order), closed. */
export function circlePolygon(center: LatLon, radiusKm: number, steps = 72): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const p = destination(center, (360 * i) / steps, radiusKm);
    ring.push([p.lon, p.lat]);
  }
  return ring;
}
