// The first frame of /graph/: the shown graph drawn on a plain canvas straight from graph.json.
// Cytoscape styles every element one by one before it can draw, about a second for 2,000 nodes
// here; this drawing takes milliseconds, so the reader sees the whole graph, edges included,
// while Cytoscape builds the interactive view on top of it.
import type { GraphJson } from '../../graph/graph-json.ts';
import { nodeOutline } from '../../graph/node-shapes.ts';
import { RELATION_STYLE } from '../../graph/relations.ts';
import type { CanvasTheme } from '../../graph/theme.ts';
import type { Viewport } from '../../graph/viewport.ts';
import { NODE_TYPES } from '../../schema/vocabulary.ts';

type GraphNode = GraphJson['nodes'][number];
type GraphEdge = GraphJson['edges'][number];

/** The explorer's look, shared with its Cytoscape stylesheet so the hand-over is seamless. */
export const LOOK = {
  nodeSize: 22,
  focusSize: 30,
  fontSize: 11,
  /** Labels smaller than this on screen are not drawn (Cytoscape's min-zoomed-font-size). */
  minScreenFontSize: 9,
  edgeWidth: 1.4,
  edgeOpacity: 0.75,
} as const;

const DASHES = { solid: [], dashed: [6, 3], dotted: [1, 2] } as const;

export interface PreviewOptions {
  viewport: Viewport;
  /** Arrowheads on edges: small graphs have them, big ones draw plain lines. */
  arrows: boolean;
  focus?: string;
  /** The focus's neighbours, outlined as in Cytoscape. */
  near?: ReadonlySet<string>;
  /** Colours for the page's colour scheme, the same as Cytoscape's. */
  theme: CanvasTheme;
}

function trace(ctx: CanvasRenderingContext2D, node: GraphNode, r: number) {
  const outline = nodeOutline(node.type, r, { fitSquare: true });
  if (outline.kind === 'circle') {
    ctx.moveTo(node.x + r, node.y);
    ctx.arc(node.x, node.y, r, 0, 2 * Math.PI);
  } else if (outline.kind === 'square') {
    ctx.roundRect(node.x - outline.half, node.y - outline.half, 2 * outline.half, 2 * outline.half, outline.corner);
  } else {
    outline.points.forEach(([dx, dy], i) => (i ? ctx.lineTo(node.x + dx, node.y + dy) : ctx.moveTo(node.x + dx, node.y + dy)));
    ctx.closePath();
  }
}

/** Draws `nodes` and `edges` on `canvas`, sized to its box, with the camera at `viewport`. */
export function drawPreview(canvas: HTMLCanvasElement, nodes: readonly GraphNode[], edges: readonly GraphEdge[], { viewport, arrows, focus, near = new Set(), theme }: PreviewOptions) {
  const ratio = devicePixelRatio || 1;
  canvas.width = Math.round(canvas.clientWidth * ratio);
  canvas.height = Math.round(canvas.clientHeight * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio * viewport.zoom, 0, 0, ratio * viewport.zoom, ratio * viewport.pan.x, ratio * viewport.pan.y);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const r = LOOK.nodeSize / 2;

  // Edges first, one path per relation type: a few stroke calls instead of thousands.
  ctx.globalAlpha = LOOK.edgeOpacity;
  ctx.lineWidth = LOOK.edgeWidth;
  for (const [type, style] of Object.entries(RELATION_STYLE)) {
    ctx.beginPath();
    const heads = new Path2D();
    for (const e of edges) {
      if (e.type !== type) continue;
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      if (!a || !b) continue;
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (!arrows || length <= r) continue;
      // A small triangle whose tip touches the target's edge.
      const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
      const [tipX, tipY] = [b.x - ux * r, b.y - uy * r];
      heads.moveTo(tipX, tipY);
      heads.lineTo(tipX - ux * 7 - uy * 3.5, tipY - uy * 7 + ux * 3.5);
      heads.lineTo(tipX - ux * 7 + uy * 3.5, tipY - uy * 7 - ux * 3.5);
      heads.closePath();
    }
    ctx.strokeStyle = theme.edge[type as keyof CanvasTheme['edge']];
    ctx.fillStyle = ctx.strokeStyle;
    ctx.setLineDash(DASHES[style.line]);
    ctx.stroke();
    ctx.fill(heads);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Nodes, one path per type.
  for (const type of NODE_TYPES) {
    ctx.beginPath();
    for (const n of nodes) if (n.type === type && n.id !== focus) trace(ctx, n, r);
    ctx.fillStyle = theme.node[type];
    ctx.fill();
  }
  ctx.beginPath();
  for (const n of nodes) if (near.has(n.id)) trace(ctx, n, r);
  ctx.lineWidth = 2;
  ctx.strokeStyle = theme.label;
  ctx.stroke();
  // Labels only where Cytoscape would draw them. Its test rounds the zoom (times the pixel
  // ratio) up to a power of two, the level of its texture cache: mirrored so both agree.
  const labels = LOOK.fontSize * 2 ** Math.ceil(Math.log2(viewport.zoom * ratio)) >= LOOK.minScreenFontSize;
  const label = (n: GraphNode, size: number, weight: string) => {
    ctx.font = `${weight} ${LOOK.fontSize}px "Helvetica Neue", Helvetica, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 4; // Cytoscape's text-outline-width 2, drawn on both sides of the stroke
    ctx.strokeStyle = theme.labelOutline;
    ctx.fillStyle = theme.label;
    ctx.strokeText(n.title, n.x, n.y + size / 2 + 4);
    ctx.fillText(n.title, n.x, n.y + size / 2 + 4);
  };
  if (labels) for (const n of nodes) if (n.id !== focus) label(n, LOOK.nodeSize, 'normal');

  // The focus last, over its neighbours' labels, as its z-index puts it in Cytoscape.
  const focused = focus ? byId.get(focus) : undefined;
  if (!focused) return;
  ctx.beginPath();
  trace(ctx, focused, LOOK.focusSize / 2);
  ctx.fillStyle = theme.node[focused.type];
  ctx.fill();
  ctx.lineWidth = 4;
  ctx.strokeStyle = theme.focus;
  ctx.stroke();
  if (labels) label(focused, LOOK.focusSize, 'bold');
}
