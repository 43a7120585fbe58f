/**
 * The device map, drawn as SVG from the same border polygons that decide "inside a
 * proscribed country" on the server (@rapideditor/country-coder through the core): no tile
 * server, nothing fetched from outside. Equirectangular projection; the view fits the site
 * and the latency discs of the selected heartbeat. The border data is loaded on demand so
 * other pages do not carry it.
 */
import { useEffect, useMemo, useState } from 'react';
import { circlePolygon } from '@dualuse/core/tracking';
import type { Schema } from '../../api';

// Wire types generated from the server's OpenAPI document (npm run api:types).
export type Device = Schema<'Device'>;
export type Site = Device['site'];
export type Disc = Schema<'LocationDisc'>;

type Polygons = [number, number][][][];
const W = 360;
const H = 180;
const x = (lon: number) => lon + 180;
const y = (lat: number) => 90 - lat;
const path = (rings: [number, number][][]) =>
  rings.map((r) => `M${r.map(([lon, lat]) => `${x(lon).toFixed(2)},${y(lat).toFixed(2)}`).join('L')}Z`).join('');

function useBorders(): Polygons[] | null {
  const [borders, setBorders] = useState<Polygons[] | null>(null);
  useEffect(() => {
    let live = true;
    void import('@dualuse/core/tracking').then((m) => live && setBorders(m.borderFeatures().map((f) => f.polygons)));
    return () => {
      live = false;
    };
  }, []);
  return borders;
}

/**
 * The view: around the smallest disc when a heartbeat is shown (the feasible region lies
 * inside it), else around the selected site, else the world.
 */
function viewBox(site: Site | null, discs: readonly Disc[]): string {
  if (!site) return `0 0 ${W} ${H}`;
  const smallest = discs.length ? discs.reduce((a, b) => (b.radiusKm < a.radiusKm ? b : a)) : null;
  const pts = smallest
    ? circlePolygon(smallest.center, Math.max(smallest.radiusKm, 50), 24)
    : [[site.lon, site.lat] as [number, number]];
  const xs = pts.map(([lon]) => x(lon));
  const ys = pts.map(([, lat]) => y(lat));
  const w = Math.min(W, Math.max(16, (Math.max(...xs) - Math.min(...xs)) * 3));
  const h = Math.min(H, Math.max(9, (Math.max(...ys) - Math.min(...ys)) * 3));
  const minX = Math.min(W - w, Math.max(0, (Math.max(...xs) + Math.min(...xs)) / 2 - w / 2));
  const minY = Math.min(H - h, Math.max(0, (Math.max(...ys) + Math.min(...ys)) / 2 - h / 2));
  return `${minX.toFixed(2)} ${minY.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}`;
}

const DECISION_COLOURS: Record<string, string> = {
  'consistent-with-site': '#15803d',
  'left-site': '#b45309',
  'in-proscribed-country': '#b91c1c',
  inconclusive: '#6b7280',
};
export const decisionColour = (d: string | null) => DECISION_COLOURS[d ?? 'inconclusive'] ?? '#6b7280';

export function DevicesMap({
  devices,
  selected,
  discs,
}: {
  devices: readonly Device[];
  selected: Device | null;
  discs: readonly Disc[];
}) {
  const borders = useBorders();
  const land = useMemo(() => (borders ? borders.map((polygons) => polygons.map(path).join('')) : []), [borders]);
  const box = viewBox(selected?.site ?? null, discs);
  const scale = Number(box.split(' ')[2]) / W;
  return (
    <figure className="panel devices-map">
      <svg
        viewBox={box}
        role="img"
        aria-label="Map of devices, licensed sites and feasible regions"
        data-testid="devices-map"
        width="100%"
        height="420"
        preserveAspectRatio="xMidYMid meet"
      >
        <rect x={0} y={0} width={W} height={H} fill="#e0f2fe" />
        {land.map((d, i) => (
          <path key={i} d={d} fill="#f8fafc" stroke="#94a3b8" strokeWidth={0.3 * scale} data-testid="country" />
        ))}
        {discs.map((d) => (
          <g key={d.landmarkId} data-testid="disc">
            <path
              d={path([circlePolygon(d.center, d.radiusKm, 96)])}
              fill="#2563eb"
              fillOpacity={0.08}
              stroke="#2563eb"
              strokeWidth={0.6 * scale}
            >
              <title>{`landmark ${d.label}: RTT ${(d.rttUs / 1000).toFixed(2)} ms ⇒ ≤ ${d.radiusKm.toFixed(0)} km (c); ≈ ${d.fibreRadiusKm.toFixed(0)} km over fibre`}</title>
            </path>
            <circle cx={x(d.center.lon)} cy={y(d.center.lat)} r={1.2 * scale} fill="#2563eb" />
          </g>
        ))}
        {devices.map((dev) => (
          <g key={dev.id} data-testid="site">
            <circle
              cx={x(dev.site.lon)}
              cy={y(dev.site.lat)}
              r={(dev.id === selected?.id ? 2.2 : 1.5) * scale}
              fill={decisionColour(dev.lastDecision)}
              stroke="#0f172a"
              strokeWidth={0.3 * scale}
            >
              <title>{`${dev.serial}: licensed site ${dev.site.lat}, ${dev.site.lon} (${dev.site.country}) — ${dev.lastDecision ?? 'no heartbeat yet'}`}</title>
            </circle>
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        Blue discs: where each landmark’s round trip allows the device to be (d ≤ c·RTT/2); the device is in their
        intersection. Dots: licensed sites, coloured by the last decision.
        {!borders && ' Loading borders…'}
      </figcaption>
    </figure>
  );
}
