/**
 * Country shapes for the device map: Natural Earth 1:50m (public domain) as TopoJSON from the
 * `world-atlas` package, bundled and loaded on demand: no tiles or shapes fetched from outside.
 * 1:50m rather than 1:110m so Singapore, Hong Kong, Bahrain and Malta are on the map. These
 * shapes only draw; the decision "inside a proscribed country" is the server's (core/tracking).
 */
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Country = Feature<Geometry, { name: string }>;

async function loadCountries(): Promise<Country[]> {
  const topo = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

export function useCountries(): Country[] | null {
  const [countries, setCountries] = useState<Country[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadCountries().then((c) => live && setCountries(c));
    return () => {
      live = false;
    };
  }, []);
  return countries;
}

/** The Natural Earth country drawn at a point, by name, or null at sea. */
export const countryNameAt = (countries: readonly Country[], lon: number, lat: number): string | null =>
  countries.find((c) => geoContains(c, [lon, lat]))?.properties.name ?? null;
