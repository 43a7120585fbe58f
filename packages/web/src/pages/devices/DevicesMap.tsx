/**
 * The device map, drawn with d3-geo over Natural Earth country shapes bundled in the app (world.ts):
 * an Equal Earth projection fitted to the view (the smallest latency disc when a heartbeat is
 * shown, else the selected site, else the world), country names on hover, each licensed site
 * marked and coloured by its last decision, latency discs as true circles on the sphere, and a
 * legend. Nothing is fetched from outside.
 */
import { geoCircle, geoEqualEarth, geoGraticule10, geoPath, type GeoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import type { Schema } from '../../api';
import { countryNameAt, useCountries, type Country } from './world';
import './devices.css';
import { DECISIONS, decisionColour, kindLabel } from './decisions';

// Wire types generated from the server's OpenAPI document (npm run api:types).
export type Device = Schema<'Device'>;
export type Site = Device['site'];
export type Disc = Schema<'LocationDisc'>;

const W = 960;
const H = 480;
/** Kilometres per degree of arc on the mean Earth sphere (R = 6371.0088 km). */
const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;
const disc = (d: Disc, minKm = 0): Geometry =>
  geoCircle()
    .center([d.center.lon, d.center.lat])
    .radius(Math.max(d.radiusKm, minKm) / KM_PER_DEGREE)
    .precision(2)();

/** What the view is fitted to: the smallest disc (the device lies inside it), the selected site, or the world. */
function focus(site: Site | null, discs: readonly Disc[]): Geometry | { type: 'Sphere' } {
  if (!site) return { type: 'Sphere' };
  const smallest = discs.length ? discs.reduce((a, b) => (b.radiusKm < a.radiusKm ? b : a)) : null;
  const around = smallest ?? { center: { lat: site.lat, lon: site.lon }, radiusKm: 0 };
  return disc(around as Disc, 400);
}

export function DevicesMap({
  devices,
  selected,
  discs,
}: {
  devices: readonly Device[];
  selected: Device | null;
  discs: readonly Disc[];
}) {
  const countries = useCountries();
  const target = focus(selected?.site ?? null, discs);
  const projection = useMemo(
    () =>
      geoEqualEarth().fitExtent(
        [
          [8, 8],
          [W - 8, H - 8],
        ],
        target,
      ),
    [JSON.stringify(target)],
  );
  const path = geoPath(projection);
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [-99, -99];
  const siteCountry = (s: Site) => (countries ? countryNameAt(countries, s.lon, s.lat) : null);
  const selectedCountry = selected ? siteCountry(selected.site) : null;
  return (
    <figure className="panel devices-map">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Map of devices, licensed sites and feasible regions"
        data-testid="devices-map"
        width="100%"
        height="440"
      >
        <path d={path({ type: 'Sphere' }) ?? ''} className="map-sea" />
        <path d={path(geoGraticule10()) ?? ''} className="map-graticule" />
        {countries?.map((c) => (
          <path
            key={String(c.id ?? c.properties.name)}
            d={path(c) ?? ''}
            className={c.properties.name === selectedCountry ? 'map-country map-country-selected' : 'map-country'}
            data-testid="country"
            data-name={c.properties.name}
          >
            <title>{c.properties.name}</title>
          </path>
        ))}
        {countries && <CountryNames countries={countries} path={path} />}
        {discs.map((d) => (
          <g key={d.landmarkId} data-testid="disc" className="map-disc">
            <path d={path(disc(d)) ?? ''}>
              <title>{`landmark ${d.label}: RTT ${(d.rttUs / 1000).toFixed(2)} ms ⇒ ≤ ${d.radiusKm.toFixed(0)} km (c); ≈ ${d.fibreRadiusKm.toFixed(0)} km over fibre`}</title>
            </path>
            <circle cx={at(d.center.lon, d.center.lat)[0]} cy={at(d.center.lon, d.center.lat)[1]} r={3} />
          </g>
        ))}
        {devices.map((dev) => {
          const [cx, cy] = at(dev.site.lon, dev.site.lat);
          const country = siteCountry(dev.site);
          return (
            <g key={dev.id} data-testid="site" data-serial={dev.serial} data-country={country ?? ''}>
              <circle
                cx={cx}
                cy={cy}
                r={dev.id === selected?.id ? 7 : 5}
                fill={decisionColour(dev.lastDecision)}
                className="map-site"
              >
                <title>{`${dev.serial}: licensed site ${dev.site.lat}, ${dev.site.lon} in ${country ?? dev.site.country} — ${dev.lastDecision ? kindLabel(dev.lastDecision) : 'no heartbeat yet'}`}</title>
              </circle>
              {dev.id === selected?.id && (
                <text x={cx + 10} y={cy - 8} className="map-label">
                  {dev.serial} · {country ?? dev.site.country}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <MapLegend loading={!countries} />
    </figure>
  );
}

/** Names of the countries big enough in this view to carry one, at their centroid. */
function CountryNames({ countries, path }: { countries: readonly Country[]; path: GeoPath }) {
  const named = countries
    .map((c) => ({ c, area: path.area(c), at: path.centroid(c) }))
    .filter(
      ({ area, at }) => area > 2500 && at.every(Number.isFinite) && at[0] > 0 && at[0] < W && at[1] > 0 && at[1] < H,
    );
  return (
    <g className="map-names" aria-hidden="true">
      {named.map(({ c, at }) => (
        <text key={String(c.id ?? c.properties.name)} x={at[0]} y={at[1]} textAnchor="middle">
          {c.properties.name}
        </text>
      ))}
    </g>
  );
}

function MapLegend({ loading }: { loading: boolean }) {
  return (
    <figcaption className="map-legend" data-testid="map-legend">
      <span className="muted">Licensed sites by last decision:</span>
      {Object.entries(DECISIONS).map(([k, v]) => (
        <span key={k} className="map-key">
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" fill={v.colour} />
          </svg>{' '}
          {v.label}
        </span>
      ))}
      <span className="map-key">
        <span className="map-key-disc" aria-hidden="true" /> where a landmark’s round trip allows the device to be (d ≤
        c·RTT/2); the device is in their intersection
      </span>
      <span className="muted">
        Countries are named where they are large enough; hover any for its name. Shapes: Natural Earth 1:50m.
        {loading && ' Loading countries…'}
      </span>
    </figcaption>
  );
}
