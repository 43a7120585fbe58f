/**
 * How Cytoscape.js draws a neighbourhood: the elements from the API's nodes and edges, the
 * style (the colours of styles.css: listed parties red, the centre ringed, edges coloured by
 * basis with their label on them) and the layouts the user can switch between.
 */
import type { ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import { edgeBasis, type NetworkEdge, type NetworkNode } from './network';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const edgeId = (e: NetworkEdge, i: number) => `e${i}:${e.from}|${e.to}|${e.kind}`;

export function graphElements(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  return [
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: `${clip(n.name, 30)}${n.listed ? ' ⚑' : ''}`, hop: n.hop },
      classes: [n.type === 'person' ? 'person' : 'company', n.listed && 'listed', n.hop === 0 && 'centre']
        .filter(Boolean)
        .join(' '),
    })),
    ...edges
      .filter((e) => ids.has(e.from) && ids.has(e.to))
      .map((e, i) => ({
        group: 'edges' as const,
        data: { id: edgeId(e, i), source: e.from, target: e.to, label: e.label, basis: edgeBasis(e.kind) },
      })),
  ];
}

const BASIS_COLOURS: Record<string, string> = {
  ownership: '#5b3fb8',
  directorship: '#1f5fbf',
  'shared address': '#8a5a00',
  'shared phone': '#8a5a00',
  'shared e-mail': '#8a5a00',
  'shared email': '#8a5a00',
};
export const basisColour = (basis: string) => BASIS_COLOURS[basis] ?? '#7b8798';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#17212f',
      'text-outline-color': '#f8fafc',
      'text-outline-width': 2,
      'background-color': '#e8f0fc',
      'border-color': '#1f5fbf',
      'border-width': 1.5,
      width: 20,
      height: 20,
    },
  },
  { selector: 'node.company', style: { shape: 'round-rectangle' } },
  { selector: 'node.person', style: { shape: 'ellipse' } },
  { selector: 'node.listed', style: { 'background-color': '#fdecea', 'border-color': '#b42318', color: '#b42318' } },
  {
    selector: 'node.centre',
    style: { width: 30, height: 30, 'border-width': 4, 'font-weight': 'bold', 'font-size': 13 },
  },
  { selector: 'node:selected', style: { 'border-color': '#17212f', 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 9.5,
      color: '#5d6b7e',
      'text-rotation': 'autorotate',
      'text-outline-color': '#f8fafc',
      'text-outline-width': 2,
      'curve-style': 'bezier',
      width: 1.5,
      'line-color': (e) => basisColour(e.data('basis') as string),
    },
  },
  { selector: 'edge[basis ^= "shared"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { width: 3, color: '#17212f' } },
  { selector: '.hidden', style: { display: 'none' } },
];

export const LAYOUTS = {
  concentric: 'Rings by hop',
  cose: 'Force-directed',
  breadthfirst: 'Tree from the centre',
  circle: 'Circle',
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Deterministic options for each layout: the same neighbourhood draws the same way for two analysts. */
export function layoutOptions(name: LayoutName, centre: string | undefined): LayoutOptions {
  const common = { padding: 30, animate: false, fit: true };
  if (name === 'concentric')
    return {
      ...common,
      name,
      concentric: (n) => 10 - Number(n.data('hop')),
      levelWidth: () => 1,
      minNodeSpacing: 90,
    };
  if (name === 'breadthfirst') return { ...common, name, roots: centre ? [centre] : undefined, spacingFactor: 1.1 };
  if (name === 'cose')
    return { ...common, name, randomize: false, nodeRepulsion: () => 400_000, idealEdgeLength: () => 120 };
  return { ...common, name };
}
