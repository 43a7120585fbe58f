/**
 * Country borders from @rapideditor/country-coder (OpenStreetMap-derived, maintained for
 * the iD and Rapid editors). Its polygons extend over coastal waters, sometimes far offshore,
 * so "inside country X" includes a ship in X's waters; open sea is in no country, and a
 * region that touches it is never "inside" one. Pure data: the same polygons decide here and
 * draw the map in the web UI.
 *
 * Country-level codes (ISO 3166-1 alpha-2): a territory counts as its sovereign's country
 * (Hong Kong → CN). The dataset assigns Crimea to RU (de facto control); EU sanctions cover
 * Crimea separately (Reg. (EU) 692/2014), so treating it as proscribed matches both.
 */
import { borders, iso1A2Code } from '@rapideditor/country-coder';
import type { LatLon } from './geo';

type Ring = [number, number][];
export interface BorderFeature {
  /** Sovereign country code, or null for unclaimed / unrecognised areas (Bir Tawil, N. Cyprus). */
  country: string | null;
  name: string;
  /** Polygons, each a list of rings of [lon, lat]. */
  polygons: Ring[][];
}

interface RawFeature {
  properties: { iso1A2?: string; country?: string; nameEn: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] } | null;
}

let cache: BorderFeature[] | undefined;

/** Every feature that has a geometry, with its sovereign country. */
export function borderFeatures(): BorderFeature[] {
  cache ??= (borders.features as unknown as RawFeature[])
    .filter((f) => f.geometry !== null)
    .map((f) => ({
      country: f.properties.country ?? f.properties.iso1A2 ?? null,
      name: f.properties.nameEn,
      polygons:
        f.geometry!.type === 'Polygon' ? [f.geometry!.coordinates as Ring[]] : (f.geometry!.coordinates as Ring[][]),
    }));
  return cache;
}

/** The sovereign country (ISO alpha-2) at a point, or null at sea / in unclaimed land. */
export function countryAt(p: LatLon): string | null {
  return iso1A2Code([p.lon, p.lat], { level: 'country' });
}

/** Every border vertex with the country on whose polygon it lies (shared vertices appear once per side). */
export function* borderVertices(): Generator<{ country: string | null; p: LatLon }> {
  for (const f of borderFeatures()) {
    for (const polygon of f.polygons)
      for (const ring of polygon) for (const [lon, lat] of ring) yield { country: f.country, p: { lat, lon } };
  }
}
