import { NODE_TYPE_STYLE } from './node-types.ts';
import { RELATION_STYLE, type EdgeType } from './relations.ts';
import type { NodeType } from '../schema/vocabulary.ts';

/** The graph canvas's colours in one colour scheme: what the first frame and Cytoscape both draw. */
export interface CanvasTheme {
  background: string;
  label: string;
  labelOutline: string;
  focus: string;
  node: Record<NodeType, string>;
  edge: Record<EdgeType, string>;
}

/** Mixes `hex` (#rrggbb) toward white by `amount` (0–1): the type hues, lifted for a dark canvas. */
export function lighten(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}

const map = <K extends string>(record: Record<K, { colour: string }>, f: (c: string) => string) =>
  Object.fromEntries(Object.entries<{ colour: string }>(record).map(([k, v]) => [k, f(v.colour)])) as Record<K, string>;

export function canvasTheme(dark: boolean): CanvasTheme {
  if (!dark) {
    return { background: '#ffffff', label: '#1a1d23', labelOutline: '#ffffff', focus: '#b3261e', node: map(NODE_TYPE_STYLE, (c) => c), edge: map(RELATION_STYLE, (c) => c) };
  }
  return {
    background: '#0d1015',
    label: '#e8eaee',
    labelOutline: '#0d1015',
    focus: '#ff8a80',
    node: map(NODE_TYPE_STYLE, (c) => lighten(c, 0.2)),
    edge: map(RELATION_STYLE, (c) => lighten(c, 0.4)),
  };
}

/** The explorer's sizes, shared by the first-frame preview and Cytoscape so the hand-over is seamless. */
export const LOOK = {
  nodeSize: 22,
  focusSize: 30,
  fontSize: 11,
  /** Labels smaller than this on screen are not drawn (Cytoscape's min-zoomed-font-size). */
  minScreenFontSize: 9,
  edgeWidth: 1.4,
  edgeOpacity: 0.75,
  /** Edges of a neighbourhood that do not touch its focus: there, but quiet. */
  faintOpacity: 0.16,
  /** Room between a node and its label. */
  labelGap: 4,
  /** A route's and a learning path's lines. */
  emphasisWidth: 3.5,
  /** Lines of a wrapped label, in font sizes apart. */
  lineHeight: 1.2,
  /** Nodes are at least this big on screen when a neighbourhood is fitted: a finger's target. */
  minTouchSize: 24,
} as const;
