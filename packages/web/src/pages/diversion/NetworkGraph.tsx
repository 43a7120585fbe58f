/**
 * A party's neighbourhood drawn by Cytoscape.js: drag, zoom and pan; four layouts; edges filtered
 * by basis (ownership, officer, shared address…); a click on a party adds its own links to the
 * drawing (expand), and its details offer "re-centre here". Listed parties are red, the centre is
 * ringed, every edge carries its label, and a click on an edge shows its full reason.
 *
 * The canvas is not readable by screen readers, so every party is also a row of buttons below it.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { edgeBasis, type NetworkEdge, type NetworkNode } from './network';
import { basisColour, graphElements, GRAPH_STYLE, layoutOptions, LAYOUTS, type LayoutName } from './network-style';
import { GraphParties, type GraphProps } from './GraphParties';

// Cytoscape adds a <style> for its container unless an element with this id exists; the CSP
// (default-src 'self') refuses inline styles, so styles.css carries the rule and this stands in.
const CY_STYLESHEET_ID = '__________cytoscape_stylesheet';
function claimCytoscapeStylesheet() {
  if (document.getElementById(CY_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CY_STYLESHEET_ID;
  document.head.prepend(marker);
}

type Picked = { node: NetworkNode } | { edge: NetworkEdge } | null;

export function NetworkGraph({ nodes, edges, onRecentre, onExpand }: GraphProps) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [layout, setLayout] = useState<LayoutName>('concentric');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [picked, setPicked] = useState<Picked>(null);
  const handlers = useRef({ onExpand, nodes, edges });
  handlers.current = { onExpand, nodes, edges };
  const bases = [...new Set(edges.map((e) => edgeBasis(e.kind)))].sort();
  const centre = nodes.find((n) => n.hop === 0);

  useEffect(() => {
    claimCytoscapeStylesheet();
    const graph = cytoscape({ container: box.current, style: GRAPH_STYLE, wheelSensitivity: 0.3, maxZoom: 1.4 });
    graph.on('tap', 'node', (ev) => {
      const node = handlers.current.nodes.find((n) => n.id === ev.target.id());
      setPicked(node ? { node } : null);
      handlers.current.onExpand(ev.target.id());
    });
    graph.on('tap', 'edge', (ev) => {
      const index = Number(String(ev.target.id()).slice(1).split(':')[0]);
      const edge = handlers.current.edges[index];
      setPicked(edge ? { edge } : null);
    });
    cy.current = graph;
    return () => graph.destroy();
  }, []);

  useEffect(() => {
    const graph = cy.current;
    if (!graph) return;
    graph.elements().remove();
    graph.add(graphElements(nodes, edges));
    // data-layout names the layout once it has placed every party, so a reader (or a test) that needs the
    // parties' final positions can wait for it instead of reading the previous layout's.
    box.current?.removeAttribute('data-layout');
    const run = graph.layout(layoutOptions(layout, centre?.id));
    run.one('layoutstop', () => box.current?.setAttribute('data-layout', layout));
    run.run();
  }, [nodes, edges, layout, centre?.id]);

  useEffect(() => {
    cy.current?.edges().forEach((e) => {
      e.toggleClass('hidden', hidden.has(e.data('basis') as string));
    });
  }, [hidden, nodes, edges]);

  const toggle = (basis: string) => {
    const next = new Set(hidden);
    if (!next.delete(basis)) next.add(basis);
    setHidden(next);
  };
  const shown = edges.filter((e) => !hidden.has(edgeBasis(e.kind)));
  return (
    <div className="net-wrap">
      <div className="net-controls">
        <div className="field field-inline">
          <label htmlFor="net-layout">Layout</label>
          <select id="net-layout" value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
            {Object.entries(LAYOUTS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="net-bases">
          <legend>Links shown</legend>
          {bases.map((b) => (
            <label key={b} className="check">
              <input type="checkbox" checked={!hidden.has(b)} onChange={() => toggle(b)} />
              <span className="net-swatch" style={{ borderColor: basisColour(b) }} aria-hidden="true" /> {b} (
              {edges.filter((e) => edgeBasis(e.kind) === b).length})
            </label>
          ))}
        </fieldset>
        <button type="button" className="btn btn-secondary btn-small" onClick={() => cy.current?.fit(undefined, 30)}>
          Fit
        </button>
      </div>
      <div
        ref={box}
        className="net-graph"
        role="img"
        aria-label={`Neighbourhood of ${centre?.name ?? ''}: ${nodes.length} parties, ${shown.length} links shown`}
        data-testid="network-graph"
        data-nodes={nodes.length}
        data-edges={shown.length}
      />
      <PickedDetails picked={picked} nodes={nodes} onRecentre={onRecentre} />
      <GraphParties nodes={nodes} edges={shown} onRecentre={onRecentre} onExpand={onExpand} />
    </div>
  );
}

function PickedDetails({
  picked,
  nodes,
  onRecentre,
}: {
  picked: Picked;
  nodes: NetworkNode[];
  onRecentre: (id: string) => void;
}) {
  if (!picked) return <p className="muted net-picked">Click a party to add its links; click a link for its reason.</p>;
  if ('edge' in picked) {
    const name = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
    return (
      <p className="net-picked" data-testid="network-picked">
        <strong>{name(picked.edge.from)}</strong> — {picked.edge.label} — <strong>{name(picked.edge.to)}</strong>:{' '}
        {picked.edge.why}
      </p>
    );
  }
  const n = picked.node;
  return (
    <p className="net-picked" data-testid="network-picked">
      <strong>{n.name}</strong> · {n.type} ·{' '}
      {n.listed ? `listed${n.listedFrom ? ` since ${n.listedFrom}` : ''}` : 'not listed'} · {n.hop} hop
      {n.hop === 1 ? '' : 's'} from the centre{' '}
      {n.hop > 0 && (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => onRecentre(n.id)}>
          Re-centre here
        </button>
      )}
    </p>
  );
}
