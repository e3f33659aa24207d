import type { EdgeType } from '../schema/vocabulary.ts';
import type { GraphJson } from './graph-json.ts';
import { compactFrame, isCompact, neighbourhoodLayout, orderedLevels, pathLayout, RING_SIZES } from './neighbourhood-layout.ts';
import { shortestRoute, type Reached, type RouteStep } from './neighbourhood.ts';
import { LOOK } from './theme.ts';
import { drawnEdges, focusNeighbourhood, focusNeighbours, shownEdges, shownNodes, type IndexedGraph } from './view-filter.ts';
import type { ViewState } from './view-state.ts';
import { fitViewport, readableViewport, toScreen, type Extent, type Point, type Size, type Viewport } from './viewport.ts';

type GraphNode = GraphJson['nodes'][number];
type GraphEdge = GraphJson['edges'][number];

/**
 * What the explorer draws for a view on a canvas of a given size: which nodes, where, which
 * edges, what is emphasised, and the camera. Pure, so the first-frame preview and Cytoscape
 * draw the same scene, and tests can check it without a browser.
 */
export interface Scene {
  /** Shown nodes at the positions they are drawn at. */
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The emphasised node: the focus, or a learning path's current step. */
  focus?: string;
  /** The focus's direct neighbours, outlined. */
  near: Set<string>;
  /** With `to`: the shortest route from the focus, its edges, and relation types it needed that the view hides. */
  route?: RouteStep[];
  routeEdges: Set<GraphEdge>;
  routeHidden: EdgeType[];
  /** Edges of a neighbourhood between two concepts other than the focus: drawn faint. */
  faint: Set<GraphEdge>;
  /** A learning path's concepts in order; empty outside a path. */
  steps: string[];
  /** Whether positions come from a neighbourhood or path layout rather than the whole graph's. */
  arranged: boolean;
  /** A narrow canvas's drawing: tighter, with narrower labels (see neighbourhood-layout.ts). */
  compact: boolean;
  /** Where each node's label goes, when not below it: outward from the focus, away from its edges. */
  labelSides: Map<string, LabelSide>;
  /** Nodes whose label would cover another's: drawn without one, named in the panel and on selection. */
  quietLabels: Set<string>;
  viewport: Viewport;
}

export type LabelSide = 'below' | 'above' | 'left' | 'right';

/**
 * A label's side on a ring: outward from the centre, so it points away from the edges that meet
 * the node from the focus: beside nodes at the ring's left and right, above or below elsewhere.
 */
export function outwardSide(p: Point): LabelSide {
  const length = Math.hypot(p.x, p.y);
  if (length === 0) return 'below';
  if (Math.abs(p.x / length) > 0.6) return p.x > 0 ? 'right' : 'left';
  return p.y < 0 ? 'above' : 'below';
}

/**
 * On a phone there is no room beside the ring: labels of the nodes at its left and right turn
 * inward, into the space between the ring and the focus; the others still point out.
 */
export function compactSide(p: Point): LabelSide {
  const side = outwardSide(p);
  return side === 'left' ? 'right' : side === 'right' ? 'left' : side;
}

/**
 * The corners of the box a node and its wrapped label take, in model units, so fitting never
 * clips a label. The label's size is estimated from its length (about half an em a character,
 * lines about 85% full where words break): the core has no fonts to measure with.
 */
export function labelledBox(node: Point, label: string, side: LabelSide, width: number): Point[] {
  const [a, b] = labelBox(node, label, side, width);
  const r = LOOK.focusSize / 2;
  return [
    { x: Math.min(a.x, node.x - r), y: Math.min(a.y, node.y - r) },
    { x: Math.max(b.x, node.x + r), y: Math.max(b.y, node.y + r) },
  ];
}

/** The corners of the box a node's wrapped label takes (see labelledBox). */
export function labelBox(node: Point, label: string, side: LabelSide, width: number): [Point, Point] {
  const r = LOOK.nodeSize / 2;
  const textWidth = label.length * LOOK.fontSize * 0.5;
  const lines = textWidth <= width ? 1 : Math.ceil(textWidth / (0.85 * width));
  const [w, h] = [Math.min(width, textWidth), lines * LOOK.fontSize * LOOK.lineHeight];
  const gap = r + LOOK.labelGap;
  const box = {
    below: { left: -w / 2, right: w / 2, top: gap, bottom: gap + h },
    above: { left: -w / 2, right: w / 2, top: -gap - h, bottom: -gap },
    right: { left: gap, right: gap + w, top: -h / 2, bottom: h / 2 },
    left: { left: -gap - w, right: -gap, top: -h / 2, bottom: h / 2 },
  }[side];
  return [
    { x: node.x + box.left, y: node.y + box.top },
    { x: node.x + box.right, y: node.y + box.bottom },
  ];
}

/**
 * Labels to leave out so that none covers another label or another node: in the order given
 * (most important first), each label is kept if its box overlaps no node and no label kept
 * before it.
 */
export function collidingLabels<N extends Point & { id: string }>(nodes: readonly N[], boxOf: (n: N) => [Point, Point], inside: (box: [Point, Point]) => boolean = () => true): Set<string> {
  const r = LOOK.nodeSize / 2;
  const nodeBoxes = new Map(nodes.map((n) => [n.id, [{ x: n.x - r, y: n.y - r }, { x: n.x + r, y: n.y + r }] as [Point, Point]]));
  // Shrunk by a pixel or two: boxes that merely touch read fine.
  const overlap = ([a, b]: [Point, Point], [c, d]: [Point, Point]) => a.x + 2 < d.x && c.x + 2 < b.x && a.y + 2 < d.y && c.y + 2 < b.y;
  const kept: [Point, Point][] = [];
  const quiet = new Set<string>();
  for (const n of nodes) {
    const box = boxOf(n);
    if (!inside(box) || kept.some((k) => overlap(box, k)) || nodes.some((m) => m.id !== n.id && overlap(box, nodeBoxes.get(m.id)!))) quiet.add(n.id);
    else kept.push(box);
  }
  return quiet;
}

const NO_EXTENT: Extent = { left: 0, right: 0, top: 0, bottom: 0 };

const edgeKey = (source: string, target: string, type: string) => `${source}>${target}>${type}`;

export function sceneFor(graph: IndexedGraph, view: ViewState, size: Size): Scene {
  const path = view.path ? graph.paths?.find((p) => p.id === view.path) : undefined;
  if (path) return pathScene(graph, view, path, size);
  const { focus } = view;
  const empty = { near: new Set<string>(), routeEdges: new Set<GraphEdge>(), routeHidden: [], faint: new Set<GraphEdge>(), steps: [], arranged: false, compact: false, labelSides: new Map<string, LabelSide>(), quietLabels: new Set<string>() };
  if (!focus) {
    const nodes = shownNodes(graph, view);
    const edges = drawnEdges(graph, view, new Set(nodes.map((n) => n.id)));
    return { ...empty, nodes, edges, viewport: fitViewport(nodes, size) };
  }
  const reached = new Map<string, Reached>(focusNeighbourhood(graph, { ...view, focus }));
  let route: RouteStep[] | undefined;
  let routeHidden: EdgeType[] = [];
  if (view.to) {
    // Over the relations shown if they connect the two; otherwise over all, saying which it needed.
    route = shortestRoute(shownEdges(graph, view), focus, view.to) ?? shortestRoute(graph.edges, focus, view.to);
    routeHidden = [...new Set((route ?? []).map((s) => s.type).filter((t) => !view.relations.includes(t)))];
    route?.forEach((step, i) => {
      if (!reached.has(step.to)) reached.set(step.to, { hops: i + 1, parent: step.from, via: { type: step.type, forward: step.forward } });
    });
  }
  const ids = new Set(reached.keys());
  const byKey = new Map(graph.edges.map((e) => [edgeKey(e.source, e.target, e.type), e]));
  const routeEdges = new Set((route ?? []).map((s) => byKey.get(s.forward ? edgeKey(s.from, s.to, s.type) : edgeKey(s.to, s.from, s.type))!));
  const edges = [...new Set([...drawnEdges(graph, view, ids), ...routeEdges])];
  const levels = orderedLevels(reached, (id) => graph.byId.get(id)!.title);
  const compact = isCompact(size);
  const focusNode = graph.byId.get(focus);
  // Below the focus: its label, which a phone's rings keep clear of.
  const focusLabel = focusNode ? labelBox({ x: 0, y: 0 }, focusNode.title, 'below', labelWidth(compact))[1].y + (LOOK.focusSize - LOOK.nodeSize) / 2 : 0;
  const layout = neighbourhoodLayout(levels, (id) => reached.get(id)?.parent, size, focusLabel);
  // In reading order, hop by hop: the order the keyboard's cursor walks.
  const nodes = levels.flat().map((id) => ({ ...graph.byId.get(id)!, ...layout.positions.get(id)! }));
  const faint = new Set(edges.filter((e) => e.source !== focus && e.target !== focus && !routeEdges.has(e)));
  // Only the outermost ring lacks room beside it: a label turned inward from a ring within would
  // point at the focus, and read as its name.
  const [maxX, maxY] = [Math.max(1, ...nodes.map((n) => Math.abs(n.x))), Math.max(1, ...nodes.map((n) => Math.abs(n.y)))];
  const outermost = (n: Point) => Math.hypot(n.x / maxX, n.y / maxY) > 0.95;
  const labelSides = new Map(nodes.map((n) => [n.id, layout.compact && outermost(n) ? compactSide(n) : outwardSide(n)]));
  const onRoute = new Set((route ?? []).map((s) => s.to));
  const priority = [...nodes].sort((a, b) => Number(b.id === focus) - Number(a.id === focus) || Number(onRoute.has(b.id)) - Number(onRoute.has(a.id)));
  // On a phone, a label is left out too where it would leave what the canvas shows around the
  // focus at a finger-sized zoom: drawn, it would push the fit below that zoom.
  const frame = compactFrame(size);
  const inside = layout.compact ? ([a, b]: [Point, Point]) => Math.max(-a.x, b.x) <= frame.width / 2 && Math.max(-a.y, b.y) <= frame.height / 2 : undefined;
  const quietLabels = collidingLabels(priority, (n) => labelBox(n, n.title, labelSides.get(n.id) ?? 'below', labelWidth(layout.compact)), inside);
  const scene = { nodes, edges, focus, route, routeEdges, routeHidden, faint, steps: [], arranged: true, compact: layout.compact, labelSides, quietLabels, near: focusNeighbours(graph, view, ids) };
  return { ...scene, viewport: arrangedViewport(scene, size, { x: 0, y: 0 }, true) };
}

function pathScene(graph: IndexedGraph, view: ViewState, path: NonNullable<IndexedGraph['paths']>[number], size: Size): Scene {
  const steps = [...new Set(path.steps.map((s) => s.concept))].filter((id) => graph.byId.has(id));
  const ids = new Set(steps);
  const layout = pathLayout(steps, size);
  const nodes = steps.map((id) => ({ ...graph.byId.get(id)!, ...layout.positions.get(id)! }));
  const current = path.steps[(view.step ?? 1) - 1]?.concept;
  const scene = {
    nodes, edges: drawnEdges(graph, { ...view, types: [...new Set(nodes.map((n) => n.type))] }, ids), focus: current, near: new Set<string>(), routeEdges: new Set<GraphEdge>(), routeHidden: [], faint: new Set<GraphEdge>(),
    steps, arranged: true, compact: layout.compact, labelSides: new Map<string, LabelSide>(), quietLabels: new Set<string>(),
  };
  return { ...scene, viewport: arrangedViewport(scene, size, nodes.find((n) => n.id === current) ?? nodes[0]!) };
}

/**
 * Fits an arranged scene, nodes and the labels drawn; on a narrow canvas (a phone) never so far
 * out that nodes get too small to tap: a drawing too big for that is centred on `anchor` (the
 * focus, the current step). `centred`: the anchor mid-canvas whatever its labels' lengths, as the
 * rings are drawn around it (the fit takes the drawing mirrored about it too).
 */
function arrangedViewport(scene: Omit<Scene, 'viewport'>, size: Size, anchor: Point, centred = false): Viewport {
  const width = labelWidth(scene.compact);
  const r = LOOK.focusSize / 2;
  const boxes = scene.nodes.flatMap((n) =>
    scene.quietLabels.has(n.id) ? [{ x: n.x - r, y: n.y - r }, { x: n.x + r, y: n.y + r }] : labelledBox(n, sceneLabel(scene, n), scene.labelSides.get(n.id) ?? 'below', width),
  );
  const corners = centred ? boxes.flatMap((p) => [p, { x: 2 * anchor.x - p.x, y: 2 * anchor.y - p.y }]) : boxes;
  return scene.compact ? readableViewport(corners, size, NO_EXTENT, LOOK.minTouchSize / LOOK.nodeSize, anchor) : fitViewport(corners, size, NO_EXTENT);
}

/** How wide a scene's labels wrap, in model units. */
export const labelWidth = (compact: boolean) => RING_SIZES[compact ? 'compact' : 'roomy'].labelWidth;

/** What a node's label says in a scene: a learning path numbers its steps. */
export function sceneLabel(scene: Pick<Scene, 'steps'>, node: Pick<GraphNode, 'id' | 'title'>): string {
  const step = scene.steps.indexOf(node.id);
  return step >= 0 ? `${step + 1}. ${node.title}` : node.title;
}

/** The shown node drawn under a point of the canvas (screen pixels), within a finger's reach of its centre. */
export function nodeAt(scene: Pick<Scene, 'nodes' | 'viewport'>, point: Point): GraphNode | undefined {
  const reach = Math.max(LOOK.minTouchSize, LOOK.nodeSize * scene.viewport.zoom) / 2;
  let best: { node: GraphNode; distance: number } | undefined;
  for (const node of scene.nodes) {
    const at = toScreen(node, scene.viewport);
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (distance <= reach && (!best || distance < best.distance)) best = { node, distance };
  }
  return best?.node;
}
