/**
 * A party's neighbourhood as SVG: listed parties in red, the centre ringed, every edge labelled
 * with its reason (shared address, officer, shareholder %, linked to) and its full explanation on
 * hover. A click (or Enter) on a node re-centres the view on it.
 */
import type { KeyboardEvent } from 'react';
import { edgeGeometry, radialLayout, type NetworkEdge, type NetworkNode, type Placed } from './network';

const W = 1000;
const H = 680;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function NetworkGraph({
  nodes,
  edges,
  onRecentre,
}: {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  onRecentre: (id: string) => void;
}) {
  const placed = radialLayout(nodes, edges, { width: W, height: H });
  // Several reasons between one pair: stack their labels instead of printing them over each other.
  const perPair = new Map<string, number>();
  const key = (e: NetworkEdge) => (e.from < e.to ? `${e.from}|${e.to}` : `${e.to}|${e.from}`);
  const center = nodes.find((n) => n.hop === 0);
  const keyed = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onRecentre(id);
    }
  };
  return (
    <svg
      className="net-graph"
      viewBox={`0 0 ${W} ${H}`}
      role="group"
      aria-label={`Neighbourhood of ${center?.name ?? ''}`}
      data-testid="network-graph"
    >
      <g className="net-edges">
        {edges.map((e) => {
          const a = placed.get(e.from);
          const b = placed.get(e.to);
          if (!a || !b) return null;
          const k = key(e);
          const i = perPair.get(k) ?? 0;
          const g = edgeGeometry(a, b, { x: W / 2, y: H / 2 });
          perPair.set(k, i + 1);
          return (
            <g
              key={`${k}|${e.kind}|${i}`}
              className={`net-edge net-edge-${e.kind.replace(/[^a-z]/gi, '').toLowerCase()}`}
              data-testid="network-edge"
              data-from={e.from}
              data-to={e.to}
            >
              <title>{e.why}</title>
              <path d={g.d} />
              <text x={g.lx} y={g.ly + i * 13} textAnchor="middle">
                {e.label}
              </text>
            </g>
          );
        })}
      </g>
      <g className="net-nodes">
        {[...placed.values()].map((n) => (
          <GraphNode key={n.id} n={n} onRecentre={onRecentre} onKeyDown={keyed(n.id)} />
        ))}
      </g>
    </svg>
  );
}

/** Names sit outside the node, away from the centre, so they stay clear of the edges. */
function labelPlacement(n: Placed): { side: 'middle' | 'start' | 'end'; lx: number; ly: number } {
  const cos = Math.cos(n.angle);
  const sin = Math.sin(n.angle);
  const side = n.hop === 0 || Math.abs(cos) < 0.35 ? 'middle' : cos > 0 ? 'start' : 'end';
  const lx = side === 'start' ? 16 : side === 'end' ? -16 : 0;
  const ly = n.hop === 0 ? 32 : side !== 'middle' ? 4 : sin > 0 ? 28 : -18;
  return { side, lx, ly };
}

const nodeClass = (n: Placed) =>
  [
    'net-node',
    n.listed && 'net-node-listed',
    n.hop === 0 && 'net-node-center',
    n.type === 'person' && 'net-node-person',
  ]
    .filter(Boolean)
    .join(' ');

const nodeTitle = (n: Placed) => {
  const listed = n.listed ? ` · listed${n.listedFrom ? ` since ${n.listedFrom}` : ''}` : '';
  return `${n.name} [${n.id}] · ${n.type}${listed} · ${n.hop} hop${n.hop === 1 ? '' : 's'}`;
};

/** A person is a circle, a company a rounded square; the centre is drawn larger. */
function NodeShape({ n }: { n: Placed }) {
  const half = n.hop === 0 ? 15 : 10;
  if (n.type === 'person') return <circle r={half} />;
  return <rect x={-half} y={-half} width={2 * half} height={2 * half} rx={4} />;
}

function GraphNode({
  n,
  onRecentre,
  onKeyDown,
}: {
  n: Placed;
  onRecentre: (id: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}) {
  const { side, lx, ly } = labelPlacement(n);
  return (
    <g
      className={nodeClass(n)}
      transform={`translate(${n.x.toFixed(1)} ${n.y.toFixed(1)})`}
      role="button"
      tabIndex={0}
      aria-label={`${n.name}${n.listed ? ' (listed)' : ''}${n.hop === 0 ? ' — centre' : ' — re-centre here'}`}
      data-testid="network-node"
      data-listed={n.listed}
      onClick={() => onRecentre(n.id)}
      onKeyDown={onKeyDown}
    >
      <title>{nodeTitle(n)}</title>
      <NodeShape n={n} />
      <text className={`net-label${n.hop >= 2 ? ' net-label-outer' : ''}`} x={lx} y={ly} textAnchor={side}>
        {clip(n.name, 30)}
        {n.listed ? ' ⚑' : ''}
      </text>
    </g>
  );
}
