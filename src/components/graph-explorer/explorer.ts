// The /graph/ island: the scene of the view in the URL (src/graph/scene.ts), the whole graph at
// graph.json's build-time positions, a focus's neighbourhood laid out around it by hop count,
// or a learning path's steps in order, with the panel, find box, filters and path bar around it.
// first-frame.ts, the page's first script, has drawn the scene on a plain canvas; that drawing
// serves every view until the reader's first move (the mouse, a touch, a key, a wheel), which
// starts Cytoscape for hover, pan, zoom and animation. Evaluating and starting
// Cytoscape blocks the main thread for a second or more on a phone: only a reader who is about
// to use it waits for it, and nobody waits to see the graph.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import cytoscapeUrl from 'cytoscape/dist/cytoscape.esm.min.mjs?url';
import type { GraphJson } from '../../graph/graph-json.ts';
import type { Position } from '../../graph/layout.ts';
import { NODE_TYPE_INFO, NODE_TYPE_STYLE } from '../../graph/node-types.ts';
import { EDGE_TYPES, RELATION_LABELS, RELATION_STYLE, SYMMETRIC, type EdgeType } from '../../graph/relations.ts';
import { labelWidth, nodeAt, sceneFor, sceneLabel, type Scene } from '../../graph/scene.ts';
import { graphToSvg } from '../../graph/svg-export.ts';
import { LOOK } from '../../graph/theme.ts';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from '../../graph/view-state.ts';
import { centreOn, ZOOM_LIMITS, type Viewport } from '../../graph/viewport.ts';
import { NODE_TYPES, type NodeType } from '../../schema/vocabulary.ts';
import { createNameFinder } from '../../search/name-finder.ts';
import { canvasSize as canvasSizeOf, firstFrame, showHiddenRelations } from './first-frame.ts';
import { drawPreview } from './preview.ts';

type GraphNode = GraphJson['nodes'][number];

const root = document.querySelector<HTMLElement>('[data-graph-explorer]')!;
const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const canvas = $('#graph-canvas');
const panel = $('#graph-panel');
const status = $('#graph-status');
const cursorNote = $('#graph-cursor');
const tableHolder = $('#graph-table');
const sideSummary = $('#graph-side summary');
const pathBar = $('#graph-path');

const first = await firstFrame;
const { data, graph, known, preview, movesAsBitmap, large, theme } = first;
const { byId } = graph;

let view: ViewState = first.view;
let scene: Scene = first.scene;
let labels = true;
/** The concept the keyboard is on, which Enter selects: not part of the URL. */
let cursor: string | undefined;
/** Nodes a layout has moved from their build-time positions, to put back for the whole graph. */
const moved = new Set<string>();
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const ANIMATION_MS = 450;

const canvasSize = () => canvasSizeOf(canvas);
const pathOf = (v: ViewState) => (v.path ? data.paths.find((p) => p.id === v.path) : undefined);

/** Classes that say how a node of a scene is drawn. */
function nodeClasses(s: Scene, id: string, type: string) {
  return [type, id === s.focus ? 'focus' : '', s.near.has(id) ? 'near' : '', s.arranged ? 'arranged' : '', s.compact ? 'compact' : '', s.labelSides.has(id) && s.labelSides.get(id) !== 'below' ? `label-${s.labelSides.get(id)}` : '', s.quietLabels.has(id) ? 'quiet' : '', s.route?.some((r) => r.to === id) ? 'on-route' : ''].filter(Boolean).join(' ');
}

/** A learning path's order, drawn as extra edges from each step to the next. */
function sequenceEdges(s: Scene): ElementDefinition[] {
  return s.steps.slice(1).map((id, i) => ({ group: 'edges' as const, data: { id: `step${i}`, source: s.steps[i]!, target: id }, classes: 'sequence' }));
}

let cy: Core | undefined;

/** Cytoscape over the preview, at the current scene and camera, so the hand-over does not show. */
function startCytoscape(cytoscape: typeof import('cytoscape')): Core {
  const shownAt = new Map(scene.nodes.map((n) => [n.id, n]));
  const drawn = new Set(scene.edges);
  if (scene.arranged) for (const n of scene.nodes) moved.add(n.id);
  const elements: ElementDefinition[] = [
    ...data.nodes.map((n) => {
      const at = shownAt.get(n.id);
      return { group: 'nodes' as const, data: { id: n.id, label: at ? sceneLabel(scene, n) : n.title, type: n.type }, position: { x: at?.x ?? n.x, y: at?.y ?? n.y }, classes: at ? nodeClasses(scene, n.id, n.type) : `${n.type} hidden` };
    }),
    ...data.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, type: e.type }, classes: `${e.type}${drawn.has(e) ? '' : ' hidden'}${scene.routeEdges.has(e) ? ' route' : ''}${scene.faint.has(e) ? ' faint' : ''}` })),
    ...sequenceEdges(scene),
  ];
  const core = cytoscape({
    container: canvas,
    // Classes already say what the view hides and highlights, so no restyling pass follows.
    // Types are classes, not data selectors: class matching keeps styling 2,000 nodes fast.
    elements,
    // The camera the preview used: no fit, which would measure every styled element first.
    layout: { name: 'preset', fit: false },
    zoom: scene.viewport.zoom,
    pan: scene.viewport.pan,
    textureOnViewport: movesAsBitmap,
    hideEdgesOnViewport: movesAsBitmap,
    motionBlur: false,
    minZoom: ZOOM_LIMITS.min,
    maxZoom: ZOOM_LIMITS.max,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': LOOK.fontSize, 'min-zoomed-font-size': LOOK.minScreenFontSize, 'text-valign': 'bottom', 'text-margin-y': LOOK.labelGap,
          color: theme.label, 'text-outline-color': theme.labelOutline, 'text-outline-width': 2, width: LOOK.nodeSize, height: LOOK.nodeSize, 'line-height': LOOK.lineHeight,
        },
      },
      ...NODE_TYPES.map((type) => ({ selector: `node.${type}`, style: { shape: NODE_TYPE_STYLE[type].shape as 'ellipse', 'background-color': theme.node[type] } })),
      // A neighbourhood or a path has room for whole names: labels wrap instead of running on.
      // A neighbourhood or a path has room for whole names, and is small enough to name every node:
      // labels wrap, and show at any zoom.
      { selector: 'node.arranged', style: { 'text-wrap': 'wrap', 'text-max-width': `${labelWidth(false)}px`, 'min-zoomed-font-size': 0 } },
      { selector: 'node.compact', style: { 'text-max-width': `${labelWidth(true)}px` } },
      { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -LOOK.labelGap } },
      { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LOOK.labelGap, 'text-justification': 'right' } },
      { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LOOK.labelGap, 'text-justification': 'left' } },
      { selector: 'node.quiet', style: { label: '' } },
      // A label left out for room shows while the pointer or the keyboard's cursor is on its node.
      { selector: 'node.quiet.hover, node.quiet.cursor', style: { label: 'data(label)', 'z-index': 12, 'text-background-color': theme.background, 'text-background-opacity': 0.9, 'text-background-padding': '2px' } },
      { selector: 'edge', style: { width: LOOK.edgeWidth, 'curve-style': large ? 'haystack' : 'straight', 'target-arrow-shape': large ? 'none' : 'triangle', 'arrow-scale': 0.8, opacity: LOOK.edgeOpacity } },
      ...EDGE_TYPES.map((type) => ({ selector: `edge.${type}`, style: { 'line-color': theme.edge[type], 'target-arrow-color': theme.edge[type], 'line-style': RELATION_STYLE[type].line } })),
      { selector: 'edge.route, edge.sequence', style: { width: LOOK.emphasisWidth, 'line-color': theme.focus, 'target-arrow-color': theme.focus, 'target-arrow-shape': 'triangle', 'line-style': 'solid', opacity: 1, 'z-index': 5 } },
      { selector: 'edge.faint', style: { opacity: LOOK.faintOpacity } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': theme.focus, width: LOOK.focusSize, height: LOOK.focusSize, 'font-weight': 'bold', 'z-index': 10 } },
      { selector: 'node.near, node.on-route', style: { 'border-width': 2, 'border-color': theme.label } },
      { selector: 'node.cursor', style: { 'overlay-color': theme.focus, 'overlay-opacity': 0.25, 'overlay-padding': 6, 'overlay-shape': 'round-rectangle', 'z-index': 11 } },
    ],
  });
  bindPointer(core);
  // The hand-over: Cytoscape's first frame has every element, so the preview can go.
  core.one('render', () => {
    preview.remove();
    performance.mark('converge:graph-ready');
    root.dataset.ready = 'true';
  });
  // Exposed for the browser tests and for curious users' devtools.
  (window as unknown as { convergeGraph: Core }).convergeGraph = core;
  return core;
}

// Fetched now, while the reader looks at the drawing, so that starting it later does not wait on
// the network; a module preload downloads (and may compile) without running it.
document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: cytoscapeUrl }));

let waking: Promise<Core> | undefined;
/**
 * Loads and starts Cytoscape, once; resolves when it is ready for the view of the moment. By
 * URL, Cytoscape's own minified module as published: a bundled import() would bring Vite's
 * preload helper, a shared chunk every page's search launcher would then load too.
 */
function wake(): Promise<Core> {
  waking ??= import(/* @vite-ignore */ cytoscapeUrl).then(({ default: cytoscape }: { default: typeof import('cytoscape') }) => (cy = startCytoscape(cytoscape)));
  return waking;
}
// The reader's first move anywhere on the page (a mouse moved, a touch, a key, a wheel, focus on
// the canvas) starts it: a hand on the mouse is usually on its way to the graph, and Cytoscape
// is then ready or nearly so by the time the pointer arrives.
for (const type of ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const) addEventListener(type, () => void wake(), { once: true, passive: true });
for (const type of ['pointerover', 'focus'] as const) canvas.addEventListener(type, () => void wake(), { once: true, passive: true });

// ---- views ------------------------------------------------------------------------------------

/** Draws `v`: which elements show, where nodes go, the camera; animated unless asked not to. */
function render(v: ViewState, { animate = true } = {}) {
  // Overlays that change with the view first: the fit keeps clear of them.
  pathBar.hidden = !pathOf(v);
  showHiddenRelations(root, v);
  scene = sceneFor(graph, v, canvasSize());
  cursor = undefined;
  cursorNote.textContent = '';
  showTip(undefined);
  const core = cy;
  if (!core) {
    // Not started yet: the plain drawing shows the new view, at once.
    drawPreview(preview, scene, { arrows: !large, theme });
    describe(v);
    return;
  }
  const motion = animate && !reducedMotion.matches;
  const nodes = new Map(scene.nodes.map((n) => [n.id, n]));
  const edges = new Set(scene.edges);
  // Whole-collection class changes: touching 2,000 nodes one by one costs a visible pause.
  // Edge ids are `e<index in graph.json>`.
  const dataEdge = (id: string) => data.edges[Number(id.slice(1))]!;
  const hidden = core.nodes().filter((n) => !nodes.has(n.id())).union(core.edges('[id ^= "e"]').filter((e) => !edges.has(dataEdge(e.id()))));
  core.batch(() => {
    core.remove('edge.sequence');
    core.add(sequenceEdges(scene));
    core.$('.focus, .near, .faded, .arranged, .compact, .label-above, .label-left, .label-right, .quiet, .on-route, .route, .faint, .cursor').removeClass('focus near faded arranged compact label-above label-left label-right quiet on-route route faint cursor');
    core.$('.hidden').difference(hidden).removeClass('hidden');
    hidden.addClass('hidden');
    for (const n of scene.nodes) {
      const node = core.getElementById(n.id);
      node.addClass(nodeClasses(scene, n.id, n.type));
      const label = sceneLabel(scene, n);
      if (node.data('label') !== label) node.data('label', label);
    }
    for (const e of scene.routeEdges) core.getElementById(`e${data.edges.indexOf(e)}`).addClass('route');
    for (const e of scene.faint) core.getElementById(`e${data.edges.indexOf(e)}`).addClass('faint');
  });
  // Labels a path numbered go back to plain titles once hidden.
  core.nodes('.hidden').forEach((node) => {
    const title = byId.get(node.id())!.title;
    if (node.data('label') !== title) node.data('label', title);
  });
  place(core, motion);
  moveCamera(core, scene.viewport, motion);
  describe(v);
}

/** Puts nodes where the scene has them, and the whole graph's nodes back where the build put them. */
function place(cy: Core, motion: boolean) {
  const target = new Map<string, Position>();
  if (scene.arranged) {
    for (const n of scene.nodes) {
      target.set(n.id, { x: n.x, y: n.y });
      moved.add(n.id);
    }
  } else {
    for (const id of moved) target.set(id, byId.get(id)!);
    moved.clear();
  }
  const nodes = cy.nodes().filter((n) => target.has(n.id()));
  if (motion && nodes.nonempty()) {
    nodes.layout({ name: 'preset', positions: Object.fromEntries(target), animate: true, animationDuration: ANIMATION_MS, fit: false }).run();
  } else {
    cy.batch(() => nodes.forEach((n) => { n.position(target.get(n.id())!); }));
  }
}

function moveCamera(cy: Core, viewport: Viewport, motion: boolean) {
  cy.stop();
  if (motion) cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration: ANIMATION_MS });
  else cy.viewport(viewport);
}

/** Everything outside the canvas that follows the view: controls, panel, path bar, status, table. */
function describe(v: ViewState) {
  syncControls(v);
  showHiddenRelations(root, v);
  showPathBar(v);
  showPanel(v);
  $('#graph-side').dataset.described = '';
  // With the panel closed (as on phones), its summary still names the selected concept.
  sideSummary.textContent = scene.focus ? `Filters and details: ${byId.get(scene.focus)!.title}` : 'Filters and details';
  const path = pathOf(v);
  const around = path ? `, the steps of “${path.title}”` : v.focus ? `, around ${byId.get(v.focus)!.title} at depth ${v.depth}` : '';
  const route = v.to && v.focus ? (scene.route ? `, and the route to ${byId.get(v.to)!.title}` : `; no relation connects it to ${byId.get(v.to)!.title}`) : '';
  status.textContent = `Showing ${scene.nodes.length} of ${data.nodes.length} concepts${around}${route}.`;
  if (!tableHolder.hidden) renderTable();
}

/** Fits the current scene again, for a canvas that may have changed size. */
function fitVisible() {
  cy?.resize();
  render(view, { animate: false });
}

/** Applies a new view and records it in the URL, so back and forward walk through views. */
function go(next: ViewState, options?: { replace?: boolean }) {
  view = next;
  const url = `${location.pathname}${serializeViewState(view)}`;
  if (options?.replace) history.replaceState(null, '', url);
  else if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  render(view);
}

const select = (id: string) => go({ ...view, focus: id, to: undefined, path: undefined, step: undefined, types: view.types.includes(byId.get(id)!.type) ? view.types : [...view.types, byId.get(id)!.type] });
const openPage = (id: string) => {
  const path = pathOf(view);
  const step = path?.steps.findIndex((s) => s.concept === id) ?? -1;
  location.href = path && step >= 0 ? path.steps[step]!.url : byId.get(id)!.url;
};

// The panel beside the canvas opens and closes, and the window changes size: the canvas with them.
$('#graph-side').addEventListener('toggle', fitVisible);
let resizing: ReturnType<typeof setTimeout> | undefined;
addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(fitVisible, 150);
});

addEventListener('popstate', () => {
  view = parseViewState(location.search, known);
  render(view);
});

// ---- learning path bar --------------------------------------------------------------------------

function showPathBar(v: ViewState) {
  const path = pathOf(v);
  pathBar.hidden = !path;
  if (!path) return;
  const step = v.step ?? 1;
  const concept = byId.get(path.steps[step - 1]!.concept)!;
  $('#graph-path-title').replaceChildren(Object.assign(document.createElement('a'), { href: path.url, textContent: path.title }));
  $('#graph-path-step').textContent = `Step ${step} of ${path.steps.length}: ${concept.title}`;
  $<HTMLAnchorElement>('#graph-path-open').href = path.steps[step - 1]!.url;
  $<HTMLButtonElement>('[data-action="step-previous"]').disabled = step <= 1;
  $<HTMLButtonElement>('[data-action="step-next"]').disabled = step >= path.steps.length;
}

function goToStep(step: number) {
  const path = pathOf(view);
  if (!path || step < 1 || step > path.steps.length || step === (view.step ?? 1)) return;
  go({ ...view, step });
}

// ---- side panel -----------------------------------------------------------------------------

function relationGroups(id: string) {
  const groups = new Map<string, GraphNode[]>();
  const add = (label: string, node: GraphNode) => {
    const group = groups.get(label) ?? groups.set(label, []).get(label)!;
    if (!group.includes(node)) group.push(node); // a symmetric relation declared from both ends
  };
  for (const e of data.edges) {
    if (e.source === id) add(RELATION_LABELS[e.type].outgoing, byId.get(e.target)!);
    else if (e.target === id) add(SYMMETRIC.has(e.type) ? RELATION_LABELS[e.type].outgoing : RELATION_LABELS[e.type].incoming, byId.get(e.source)!);
  }
  return groups;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) =>
  Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text }, className ? { className } : {});

function link(node: GraphNode, text = node.title) {
  return Object.assign(document.createElement('a'), { href: node.url, textContent: text });
}

function focusButton(node: GraphNode) {
  const button = element('button', node.title, 'link-button');
  button.type = 'button';
  button.addEventListener('click', () => select(node.id));
  return button;
}

function showPanel(v: ViewState) {
  const id = scene.focus;
  const routeForm = $('#graph-route-form');
  routeForm.hidden = !v.focus || Boolean(v.path);
  if (!id) {
    panel.replaceChildren(element('p', 'Select a concept to see its summary and relations here, or walk a learning path.'));
    return;
  }
  const node = byId.get(id)!;
  const h2 = element('h2');
  h2.append(link(node));
  const badge = element('span', NODE_TYPE_INFO[node.type].label, 'badge');
  badge.dataset.type = node.type;
  panel.replaceChildren(h2, badge, element('p', node.summary));
  if (v.to && v.focus) panel.append(routeDescription(v.focus, v.to));
  for (const [label, nodes] of relationGroups(id)) {
    const ul = element('ul');
    for (const n of nodes) {
      const li = element('li');
      li.append(focusButton(n));
      ul.append(li);
    }
    panel.append(element('h3', label), ul);
  }
  const open = link(node, `Open the page on ${node.title}`);
  open.className = 'open-page';
  panel.append(open);
}

/** The route to `to`, as a list a reader can follow: each concept, and the relation to the next. */
function routeDescription(from: string, to: string) {
  const section = element('section', undefined, 'route');
  section.append(element('h3', `Route to ${byId.get(to)!.title}`));
  const route = scene.route;
  if (!route) {
    section.append(element('p', `No chain of relations connects ${byId.get(from)!.title} and ${byId.get(to)!.title}.`));
  } else {
    const ol = element('ol');
    route.forEach((step) => {
      const li = element('li');
      const relation = step.forward ? RELATION_LABELS[step.type].outgoing : RELATION_LABELS[step.type].incoming;
      li.append(element('span', `${relation.toLowerCase()} `, 'relation'), focusButton(byId.get(step.to)!));
      ol.append(li);
    });
    const start = element('p');
    start.append(`From ${byId.get(from)!.title}, in ${route.length} ${route.length === 1 ? 'step' : 'steps'}:`);
    section.append(start, ol);
    if (scene.routeHidden.length) {
      const names = scene.routeHidden.map((t) => `“${RELATION_LABELS[t].outgoing.toLowerCase()}”`).join(' and ');
      section.append(element('p', `The relations shown do not connect them; this route uses ${names}, drawn for the route only.`, 'muted'));
    }
  }
  const clear = element('button', 'Clear the route', 'link-button');
  clear.type = 'button';
  clear.addEventListener('click', () => go({ ...view, to: undefined }));
  section.append(clear);
  return section;
}

// ---- table view: the accessible equivalent of the canvas ----------------------------------

function renderTable() {
  const nodes = [...scene.nodes].sort((a, b) => a.title.localeCompare(b.title));
  const shown = new Set(nodes.map((n) => n.id));
  const table = element('table');
  table.innerHTML = '<caption>Concepts shown in the graph, with their relations</caption><thead><tr><th scope="col">Concept</th><th scope="col">Type</th><th scope="col">Relations</th></tr></thead>';
  const tbody = element('tbody');
  for (const node of nodes) {
    const tr = element('tr');
    const name = element('th');
    name.scope = 'row';
    name.append(link(node));
    const relations = element('td');
    for (const [label, targets] of relationGroups(node.id)) {
      const visible = targets.filter((t) => shown.has(t.id));
      if (visible.length === 0) continue;
      const line = element('div');
      line.append(`${label}: `);
      visible.forEach((t, i) => line.append(...(i ? [', ', link(t)] : [link(t)])));
      relations.append(line);
    }
    tr.append(name, element('td', NODE_TYPE_INFO[node.type].label), relations);
    tbody.append(tr);
  }
  table.append(tbody);
  tableHolder.replaceChildren(table);
}

// ---- controls -------------------------------------------------------------------------------

const typeBoxes = [...root.querySelectorAll<HTMLInputElement>('input[name="type"]')];
const relationBoxes = [...root.querySelectorAll<HTMLInputElement>('input[name="relation"]')];
const depthSelect = $<HTMLSelectElement>('#graph-depth');

function syncControls(v: ViewState) {
  for (const box of typeBoxes) box.checked = v.types.includes(box.value as NodeType);
  for (const box of relationBoxes) box.checked = v.relations.includes(box.value as EdgeType);
  depthSelect.value = String(v.depth);
  // Depth means something only around a selected concept.
  depthSelect.disabled = !v.focus || Boolean(v.path);
}

for (const box of typeBoxes) box.addEventListener('change', () => go({ ...view, types: typeBoxes.filter((b) => b.checked).map((b) => b.value as NodeType) }));
for (const box of relationBoxes) box.addEventListener('change', () => go({ ...view, relations: relationBoxes.filter((b) => b.checked).map((b) => b.value as EdgeType) }));
depthSelect.addEventListener('change', () => go({ ...view, depth: Number(depthSelect.value) as 1 | 2 | 3 }));

function download(name: string, blob: Blob) {
  const a = element('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const zoomBy = (factor: number) => void wake().then((cy) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
const actions: Record<string, (button: HTMLButtonElement) => void> = {
  fit: fitVisible,
  'zoom-in': () => zoomBy(1.3),
  'zoom-out': () => zoomBy(1 / 1.3),
  reset: () => go({ ...DEFAULT_VIEW }),
  'all-relations': () => go({ ...view, relations: [...EDGE_TYPES] }),
  'step-previous': () => goToStep((view.step ?? 1) - 1),
  'step-next': () => goToStep((view.step ?? 1) + 1),
  'leave-path': () => go({ ...view, path: undefined, step: undefined }),
  labels: (button) => {
    labels = !labels;
    button.setAttribute('aria-pressed', String(labels));
    void wake().then((cy) => cy.style().selector('node').style('label', labels ? 'data(label)' : '').update());
  },
  table: (button) => {
    tableHolder.hidden = !tableHolder.hidden;
    button.setAttribute('aria-pressed', String(!tableHolder.hidden));
    if (!tableHolder.hidden) {
      renderTable();
      tableHolder.scrollIntoView({ behavior: reducedMotion.matches ? 'auto' : 'smooth', block: 'start' });
    }
  },
  png: () => void wake().then((cy) => download('converge-graph.png', cy.png({ output: 'blob', full: true, bg: theme.background, scale: 2 }) as unknown as Blob)),
  svg: () => {
    const title = status.textContent ?? 'Converge graph';
    download('converge-graph.svg', new Blob([graphToSvg(scene.nodes, scene.edges, { labels, title })], { type: 'image/svg+xml' }));
  },
};
for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
  button.addEventListener('click', () => actions[button.dataset.action!]!(button));
}

// ---- find and route boxes: typo-tolerant, with the site search's matcher -------------------------

const names = data.nodes.flatMap((n) => [{ id: n.id, name: n.title }, ...n.aliases.map((name) => ({ id: n.id, name }))]);
// Built on first use, not at load, where it would only delay the interactive graph.
let finder: ((query: string) => { id: string } | undefined) | undefined;
const find = (query: string) => (finder ??= createNameFinder(names))(query);
$('#graph-names').replaceChildren(...[...new Set(names.map((n) => n.name))].sort().map((value) => Object.assign(element('option'), { value })));

function onFind(formId: string, inputId: string, use: (id: string) => void) {
  const input = $<HTMLInputElement>(inputId);
  $(formId).addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    const found = find(query);
    if (!found) {
      status.textContent = `No concept is called “${query}”, even allowing for a typo.`;
      return;
    }
    use(found.id);
  });
}
onFind('#graph-find-form', '#graph-find', (id) => {
  select(id);
  canvas.focus();
});
onFind('#graph-route-form', '#graph-route', (id) => {
  if (view.focus && id !== view.focus) go({ ...view, to: id });
});

// ---- pointer and keyboard on the canvas -------------------------------------------------------

const tip = $('#graph-tip');
let tipNode: NodeSingular | undefined;
/** Shows `node`'s name, type and summary beside it, kept inside the canvas; none hides it. */
function showTip(node: NodeSingular | undefined) {
  tipNode = node;
  tip.hidden = !node;
  if (!node) return;
  const n = byId.get(node.id())!;
  tip.querySelector('strong')!.textContent = sceneLabel(scene, n);
  tip.querySelector('.tip-type')!.textContent = NODE_TYPE_INFO[n.type].label;
  tip.querySelector('.tip-summary')!.textContent = n.summary;
  const p = node.renderedPosition();
  const gap = node.renderedWidth() / 2 + 8;
  // Beside the node, on whichever side has room, and never past the canvas's edges.
  const left = p.x + gap + tip.offsetWidth <= canvas.clientWidth ? p.x + gap : Math.max(0, p.x - gap - tip.offsetWidth);
  const top = Math.min(Math.max(0, p.y - tip.offsetHeight / 2), canvas.clientHeight - tip.offsetHeight);
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

/** Fades everything but `node` and its neighbours; none shows all again. */
function highlight(cy: Core, node: NodeSingular | undefined) {
  cy.batch(() => {
    cy.elements().removeClass('faded');
    if (!node) return;
    cy.elements(':visible').not(node.closedNeighborhood()).addClass('faded');
  });
}

/**
 * A tap selects a concept and lays out its neighbourhood; a tap on the selected one opens it.
 * On a learning path, a tap goes to that step, and a tap on the current step opens its page.
 */
function tapped(id: string) {
  if (id === scene.focus) return openPage(id);
  if (view.path) return goToStep(scene.steps.indexOf(id) + 1);
  select(id);
}

function bindPointer(cy: Core) {
  cy.on('tap', 'node', (event) => tapped(event.target.id()));
  cy.on('mouseover', 'node', (event) => {
    canvas.style.cursor = 'pointer';
    event.target.addClass('hover');
    highlight(cy, event.target);
    showTip(event.target);
  });
  cy.on('mouseout', 'node', (event) => {
    canvas.style.cursor = '';
    event.target.removeClass('hover');
    highlight(cy, undefined);
    showTip(cursor ? cy.getElementById(cursor) : undefined);
  });
  // The tip follows its node when the view moves or a layout carries the node away.
  cy.on('viewport', () => tipNode && showTip(tipNode));
  cy.on('position', 'node', (event) => event.target === tipNode && showTip(tipNode));
}

// A tap that lands before Cytoscape has started (it starts on that very touch) still counts:
// the node under it is found in the drawing's scene, where Cytoscape will have it too.
let downBeforeStart = false;
canvas.addEventListener('pointerdown', () => (downBeforeStart = !cy));
canvas.addEventListener('click', (event) => {
  if (!downBeforeStart) return;
  downBeforeStart = false;
  const box = canvas.getBoundingClientRect();
  const node = nodeAt(scene, { x: event.clientX - box.left, y: event.clientY - box.top });
  if (node) tapped(node.id);
});

/** Shown concepts in reading order: a neighbourhood hop by hop, a path step by step, else by title. */
function readingOrder(): string[] {
  return scene.arranged ? scene.nodes.map((n) => n.id) : [...scene.nodes].sort((a, b) => a.title.localeCompare(b.title)).map((n) => n.id);
}

function moveCursor(cy: Core, id: string) {
  cy.$('.cursor').removeClass('cursor');
  cursor = id;
  const node = cy.getElementById(id);
  node.addClass('cursor');
  const order = readingOrder();
  const n = byId.get(id)!;
  const hint = id === scene.focus ? 'Enter opens its page.' : view.path ? 'Enter goes to this step.' : 'Enter selects it.';
  cursorNote.textContent = `${sceneLabel(scene, n)}, ${NODE_TYPE_INFO[n.type].label.toLowerCase()}, ${order.indexOf(id) + 1} of ${order.length}. ${hint}`;
  // Keep the cursor on screen: pan to it when it is outside the canvas.
  const p = node.renderedPosition();
  if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) {
    const pan = centreOn(node.position(), cy.zoom(), canvasSize());
    if (reducedMotion.matches) cy.pan(pan);
    else cy.animate({ pan }, { duration: 150 });
  }
  showTip(node);
}

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Enter', 'Escape']);
canvas.addEventListener('keydown', (event) => {
  if (!KEYS.has(event.key)) return;
  // The first key on the canvas may arrive before Cytoscape: it is held, and answered once it has started.
  if (!cy) {
    event.preventDefault();
    void wake().then((core) => onKey(core, event));
    return;
  }
  if (onKey(cy, event)) event.preventDefault();
});

/** Answers a key on the canvas as the help text says; false when the key means nothing here. */
function onKey(cy: Core, event: KeyboardEvent): boolean {
  const order = readingOrder();
  if (order.length === 0) return false;
  const at = cursor ?? scene.focus;
  const step = (list: string[], by: number) => {
    const i = at ? list.indexOf(at) : -1;
    return list[i < 0 ? (by > 0 ? 0 : list.length - 1) : (i + by + list.length) % list.length]!;
  };
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      // On a path the arrows walk the steps, as a presenter's clicker does; elsewhere the cursor.
      if (view.path) goToStep((view.step ?? 1) + (event.key === 'ArrowRight' ? 1 : -1));
      else moveCursor(cy, step(order, event.key === 'ArrowRight' ? 1 : -1));
      break;
    case 'PageDown':
    case 'PageUp':
      if (!view.path) return false;
      goToStep((view.step ?? 1) + (event.key === 'PageDown' ? 1 : -1));
      break;
    case 'ArrowDown':
    case 'ArrowUp': {
      // The selected concept's neighbours; with nothing selected, the cursor's.
      const centre = scene.focus ?? cursor;
      const neighbours = centre ? new Set(cy.getElementById(centre).neighborhood('node').map((n) => n.id())) : undefined;
      const around = neighbours ? order.filter((id) => neighbours.has(id)) : order;
      if (around.length) moveCursor(cy, step(around, event.key === 'ArrowDown' ? 1 : -1));
      break;
    }
    case 'Enter':
      if (!at) return false;
      if (at === scene.focus) openPage(at);
      else if (view.path) goToStep(scene.steps.indexOf(at) + 1);
      else select(at);
      break;
    case 'Escape':
      if (cursor && cursor !== scene.focus) {
        cy.$('.cursor').removeClass('cursor');
        cursor = undefined;
        showTip(undefined);
        cursorNote.textContent = 'Cursor cleared.';
      } else if (view.path) go({ ...view, path: undefined, step: undefined });
      else if (view.to) go({ ...view, to: undefined });
      else if (view.focus) go({ ...view, focus: undefined });
      else return false;
      break;
    default:
      return false;
  }
  return true;
}

describe(view);
