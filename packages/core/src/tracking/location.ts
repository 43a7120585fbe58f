/**
 * Where a device can be, from its verified round trips. Each RTT bounds the distance to its
 * landmark (d ≤ v·RTT/2, v = c: an adversary may own links faster than fibre); the device is
 * in the intersection of those discs, the feasible region. A device can add delay but never
 * remove it, so every disc is sound however large, and only containment is ever concluded:
 * "the region lies outside the site" or "the region lies inside country X" — never "a large
 * RTT means it is far away in X".
 */
import { borderVertices, countryAt } from './borders';
import { destination, distanceBoundKm, distanceKm, FIBRE_KM_PER_MS, LIGHT_KM_PER_MS, type LatLon } from './geo';

export interface Disc {
  landmarkId: string;
  /** How explanations name the landmark (its registered name), falling back to the id. */
  label: string;
  center: LatLon;
  rttUs: number;
  /** The sound bound, at the speed of light. */
  radiusKm: number;
  /** The same RTT over fibre at 200 km/ms: where the device most likely is, for context only. */
  fibreRadiusKm: number;
}

export function discsFrom(
  measurements: readonly { landmarkId: string; rttUs: number }[],
  landmarks: ReadonlyMap<string, LatLon & { name?: string }>,
): Disc[] {
  return measurements.flatMap((m) => {
    const center = landmarks.get(m.landmarkId);
    if (!center) return [];
    return [
      {
        landmarkId: m.landmarkId,
        label: center.name ?? m.landmarkId,
        center: { lat: center.lat, lon: center.lon },
        rttUs: m.rttUs,
        radiusKm: distanceBoundKm(m.rttUs, LIGHT_KM_PER_MS),
        fibreRadiusKm: distanceBoundKm(m.rttUs, FIBRE_KM_PER_MS),
      },
    ];
  });
}

/** Inside every disc (a small tolerance absorbs floating-point error on the boundary). */
export const inRegion = (p: LatLon, discs: readonly Disc[]): boolean =>
  discs.every((d) => distanceKm(p, d.center) <= d.radiusKm + 1e-6);

/**
 * Points on the region's boundary: the part of each circle that lies inside every other disc.
 * Empty when the discs do not intersect (inconsistent measurements: a landmark lies or errs).
 */
export function regionBoundary(discs: readonly Disc[], steps = 720): LatLon[] {
  const points: LatLon[] = [];
  for (const d of discs) {
    const others = discs.filter((o) => o !== d);
    for (let i = 0; i < steps; i++) {
      const p = destination(d.center, (360 * i) / steps, d.radiusKm);
      if (inRegion(p, others)) points.push(p);
    }
  }
  return points;
}

/**
 * The one country containing the whole region, or null. Every boundary sample must lie in
 * that country (which also rules out sea and unclaimed land), and no vertex of another
 * country's border may lie inside the region (which catches enclaves and protrusions that
 * fall between samples).
 */
export function countryContaining(discs: readonly Disc[], boundary: readonly LatLon[]): string | null {
  if (discs.length === 0 || boundary.length === 0) return null;
  const first = countryAt(boundary[0]!);
  if (first === null) return null;
  for (const p of boundary) if (countryAt(p) !== first) return null;
  const smallest = discs.reduce((a, b) => (b.radiusKm < a.radiusKm ? b : a));
  for (const v of borderVertices()) {
    if (v.country === first) continue;
    // Cheap rejection on the smallest disc before the full test.
    if (distanceKm(v.p, smallest.center) > smallest.radiusKm) continue;
    if (inRegion(v.p, discs)) return null;
  }
  return first;
}

export interface Site extends LatLon {
  radiusKm: number;
  /** ISO 3166-1 alpha-2 of the licensed site. */
  country: string;
}

export type LocationDecision = 'consistent-with-site' | 'left-site' | 'in-proscribed-country' | 'inconclusive';

export interface LocationVerdict {
  decision: LocationDecision;
  explanation: string;
  discs: Disc[];
  /** The country wholly containing the feasible region, if one does. */
  regionCountry: string | null;
  /** The landmark whose bound excludes the site, with by how much (km). */
  excludedBy: { landmarkId: string; label: string; marginKm: number } | null;
}

/**
 * Against the licensed site and the borders. A site that satisfies every bound is consistent
 * (the device may be there; latency cannot prove presence). A site outside some disc proves
 * the device left. If the device left and the whole region lies inside a proscribed country,
 * it is there. No verified measurement, or discs that do not intersect, decide nothing.
 */
export function decideLocation(discs: readonly Disc[], site: Site, proscribed: ReadonlySet<string>): LocationVerdict {
  const base = { discs: [...discs], regionCountry: null, excludedBy: null };
  if (discs.length === 0)
    return { ...base, decision: 'inconclusive', explanation: 'no verified landmark measurement in this heartbeat' };
  let excludedBy: LocationVerdict['excludedBy'] = null;
  for (const d of discs) {
    const margin = distanceKm(site, d.center) - site.radiusKm - d.radiusKm;
    if (margin > 0 && (!excludedBy || margin > excludedBy.marginKm))
      excludedBy = { landmarkId: d.landmarkId, label: d.label, marginKm: margin };
  }
  // The common case costs a few distances: the region and the borders matter only once the
  // site is excluded (a site meeting every bound also shows the discs intersect near it).
  if (!excludedBy) {
    return {
      ...base,
      decision: 'consistent-with-site',
      explanation: `the licensed site satisfies all ${discs.length} latency bounds`,
    };
  }
  const boundary = regionBoundary(discs);
  if (boundary.length === 0) {
    return {
      ...base,
      decision: 'inconclusive',
      explanation:
        'the landmarks’ bounds do not intersect: at least one measurement is wrong (investigate the landmarks)',
    };
  }
  const regionCountry = countryContaining(discs, boundary);
  const away = `the site is ${excludedBy.marginKm.toFixed(0)} km beyond the bound of landmark ${excludedBy.label}`;
  if (regionCountry && proscribed.has(regionCountry)) {
    return {
      ...base,
      regionCountry,
      excludedBy,
      decision: 'in-proscribed-country',
      explanation: `${away}, and the whole feasible region lies inside ${regionCountry}, a proscribed destination`,
    };
  }
  return {
    ...base,
    regionCountry,
    excludedBy,
    decision: 'left-site',
    explanation: `${away}: the device cannot be at its licensed site`,
  };
}

/** A GNSS claim outside some disc is physically impossible: the position is spoofed (or the device lies). */
export function checkGnss(
  claim: LatLon,
  discs: readonly Disc[],
  accuracyKm = 0,
): { spoofed: boolean; landmarkId: string | null; label: string | null; excessKm: number } {
  let worst = { spoofed: false, landmarkId: null as string | null, label: null as string | null, excessKm: 0 };
  for (const d of discs) {
    // The claim's own stated accuracy is given the benefit of the doubt.
    const excess = distanceKm(claim, d.center) - d.radiusKm - accuracyKm;
    if (excess > 0 && excess > worst.excessKm)
      worst = { spoofed: true, landmarkId: d.landmarkId, label: d.label, excessKm: excess };
  }
  return worst;
}
