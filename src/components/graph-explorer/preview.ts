// The first frame of /graph/: the scene drawn on a plain canvas straight from graph.json.
// Cytoscape styles every element one by one before it can draw, about a second for 2,000 nodes
// here; this drawing takes milliseconds, so the reader sees the graph, edges included, while
// Cytoscape builds the interactive view on top of it. It mirrors the explorer's stylesheet.
import type { GraphJson } from '../../graph/graph-json.ts';
import { nodeOutline } from '../../graph/node-shapes.ts';
import { RELATION_STYLE } from '../../graph/relations.ts';
import { labelWidth, sceneLabel, type Scene } from '../../graph/scene.ts';
import { LOOK, type CanvasTheme } from '../../graph/theme.ts';
import { NODE_TYPES } from '../../schema/vocabulary.ts';

type GraphNode = GraphJson['nodes'][number];
type Point = { x: number; y: number };

const DASHES = { solid: [], dashed: [6, 3], dotted: [1, 2] } as const;
const FONT = '"Helvetica Neue", Helvetica, sans-serif';

export interface PreviewOptions {
  /** Arrowheads on edges: small graphs have them, big ones draw plain lines. */
  arrows: boolean;
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

/** A line from a to b, and a small triangle whose tip touches b's outline of radius r. */
function arrow(ctx: CanvasRenderingContext2D, heads: Path2D | undefined, a: Point, b: Point, r: number) {
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (!heads || length <= r) return;
  const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
  const [tipX, tipY] = [b.x - ux * r, b.y - uy * r];
  heads.moveTo(tipX, tipY);
  heads.lineTo(tipX - ux * 7 - uy * 3.5, tipY - uy * 7 + ux * 3.5);
  heads.lineTo(tipX - ux * 7 + uy * 3.5, tipY - uy * 7 - ux * 3.5);
  heads.closePath();
}

/** Words into lines no wider than `width`, as Cytoscape's text-wrap: wrap breaks them. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Draws `scene` on `canvas`, sized to its box, with the scene's camera. */
export function drawPreview(canvas: HTMLCanvasElement, scene: Scene, { arrows, theme }: PreviewOptions) {
  const { nodes, edges, viewport, focus, near, routeEdges, faint, steps } = scene;
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
  ctx.lineWidth = LOOK.edgeWidth;
  for (const quiet of [true, false]) {
    ctx.globalAlpha = quiet ? LOOK.faintOpacity : LOOK.edgeOpacity;
    for (const [type, style] of Object.entries(RELATION_STYLE)) {
      ctx.beginPath();
      const heads = arrows ? new Path2D() : undefined;
      for (const e of edges) {
        const [a, b] = [byId.get(e.source), byId.get(e.target)];
        if (e.type === type && a && b && !routeEdges.has(e) && faint.has(e) === quiet) arrow(ctx, heads, a, b, r);
      }
      ctx.strokeStyle = theme.edge[type as keyof CanvasTheme['edge']];
      ctx.fillStyle = ctx.strokeStyle;
      ctx.setLineDash(DASHES[style.line]);
      ctx.stroke();
      if (heads) ctx.fill(heads);
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  // A route and a path's order: thick lines in the focus colour, over the others.
  const emphasised = (pairs: [GraphNode, GraphNode][]) => {
    ctx.beginPath();
    const heads = new Path2D();
    for (const [a, b] of pairs) arrow(ctx, heads, a, b, r);
    ctx.lineWidth = LOOK.emphasisWidth;
    ctx.strokeStyle = ctx.fillStyle = theme.focus;
    ctx.stroke();
    ctx.fill(heads);
  };
  emphasised([...routeEdges].map((e) => [byId.get(e.source)!, byId.get(e.target)!]));
  emphasised(steps.slice(1).map((id, i) => [byId.get(steps[i]!)!, byId.get(id)!]));

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
  const label = (n: GraphNode, size: number, weight: string) => {
    ctx.font = `${weight} ${LOOK.fontSize}px ${FONT}`;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 4; // Cytoscape's text-outline-width 2, drawn on both sides of the stroke
    ctx.strokeStyle = theme.labelOutline;
    ctx.fillStyle = theme.label;
    const lines = scene.arranged ? wrap(ctx, sceneLabel(scene, n), labelWidth(scene.compact)) : [n.title];
    const lineHeight = LOOK.fontSize * LOOK.lineHeight;
    const height = lines.length * lineHeight;
    const gap = size / 2 + LOOK.labelGap;
    const side = scene.labelSides.get(n.id) ?? 'below';
    ctx.textAlign = side === 'left' ? 'right' : side === 'right' ? 'left' : 'center';
    ctx.textBaseline = 'top';
    const x = side === 'left' ? n.x - gap : side === 'right' ? n.x + gap : n.x;
    const top = side === 'above' ? n.y - gap - height : side === 'below' ? n.y + gap : n.y - height / 2;
    lines.forEach((line, i) => {
      ctx.strokeText(line, x, top + i * lineHeight);
      ctx.fillText(line, x, top + i * lineHeight);
    });
  };
  // A neighbourhood or a path names every node, at any zoom, as the explorer's stylesheet does.
  const labels = scene.arranged || LOOK.fontSize * 2 ** Math.ceil(Math.log2(viewport.zoom * ratio)) >= LOOK.minScreenFontSize;
  if (labels) for (const n of nodes) if (n.id !== focus && !scene.quietLabels.has(n.id)) label(n, LOOK.nodeSize, 'normal');

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
