// The /graph/ island: Cytoscape at graph.json's build-time positions, the view kept in the URL.
// It takes over from first-frame.ts, the page's first script, which has drawn a preview.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { GraphJson } from '../../graph/graph-json.ts';
import { NODE_TYPE_INFO, NODE_TYPE_STYLE } from '../../graph/node-types.ts';
import { EDGE_TYPES, RELATION_LABELS, RELATION_STYLE, SYMMETRIC, type EdgeType } from '../../graph/relations.ts';
import { graphToSvg } from '../../graph/svg-export.ts';
import { drawnEdges, focusNeighbours, shownNodes as nodesOfView } from '../../graph/view-filter.ts';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from '../../graph/view-state.ts';
import { centreOn, ZOOM_LIMITS } from '../../graph/viewport.ts';
import { NODE_TYPES, type NodeType } from '../../schema/vocabulary.ts';
import { firstFrame, showHiddenRelations, viewportFor } from './first-frame.ts';
import { LOOK } from './preview.ts';

type GraphNode = GraphJson['nodes'][number];
type GraphEdge = GraphJson['edges'][number];

const root = document.querySelector<HTMLElement>('[data-graph-explorer]')!;
const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const canvas = $('#graph-canvas');
const panel = $('#graph-panel');
const status = $('#graph-status');
const tableHolder = $('#graph-table');
const sideSummary = $('#graph-side summary');

const first = await firstFrame;
const { data, graph, preview, movesAsBitmap, large, theme } = first;
const { byId } = graph;
const shownNodes = (v: ViewState) => nodesOfView(graph, v);

let view: ViewState = first.view;
let labels = true;

const canvasSize = () => ({ width: canvas.clientWidth, height: canvas.clientHeight });

const firstClasses = (id: string) => [id === view.focus ? 'focus' : '', first.near.has(id) ? 'near' : ''].join(' ');
const elements: ElementDefinition[] = [
  ...data.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.title, type: n.type }, position: { x: n.x, y: n.y }, classes: `${n.type} ${first.shownIds.has(n.id) ? firstClasses(n.id) : 'hidden'}` })),
  ...data.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, type: e.type }, classes: first.edges.has(e) ? e.type : `${e.type} hidden` })),
];

const cy: Core = cytoscape({
  container: canvas,
  // Classes already say what the view hides and highlights, so no restyling pass follows.
  // Types are classes, not data selectors: class matching keeps styling 2,000 nodes fast.
  elements,
  // The camera the preview used: no fit, which would measure every styled element first.
  layout: { name: 'preset', fit: false },
  zoom: first.viewport.zoom,
  pan: first.viewport.pan,
  textureOnViewport: movesAsBitmap,
  hideEdgesOnViewport: movesAsBitmap,
  motionBlur: false,
  minZoom: ZOOM_LIMITS.min,
  maxZoom: ZOOM_LIMITS.max,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': LOOK.fontSize, 'min-zoomed-font-size': LOOK.minScreenFontSize, 'text-valign': 'bottom', 'text-margin-y': 4,
        color: theme.label, 'text-outline-color': theme.labelOutline, 'text-outline-width': 2, width: LOOK.nodeSize, height: LOOK.nodeSize,
      },
    },
    ...NODE_TYPES.map((type) => ({ selector: `node.${type}`, style: { shape: NODE_TYPE_STYLE[type].shape as 'ellipse', 'background-color': theme.node[type] } })),
    { selector: 'edge', style: { width: LOOK.edgeWidth, 'curve-style': large ? 'haystack' : 'straight', 'target-arrow-shape': large ? 'none' : 'triangle', 'arrow-scale': 0.8, opacity: LOOK.edgeOpacity } },
    ...EDGE_TYPES.map((type) => ({ selector: `edge.${type}`, style: { 'line-color': theme.edge[type], 'target-arrow-color': theme.edge[type], 'line-style': RELATION_STYLE[type].line } })),
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': theme.focus, width: LOOK.focusSize, height: LOOK.focusSize, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'node.near', style: { 'border-width': 2, 'border-color': theme.label } },
  ],
});

function render(v: ViewState, { fit = true } = {}) {
  const nodes = new Set(shownNodes(v).map((n) => n.id));
  const edges = new Set(drawnEdges(graph, v, nodes));
  // Whole-collection class changes: touching 2,000 nodes one by one costs a visible pause.
  // Edge ids are `e<index in graph.json>`.
  const hidden = cy.nodes().filter((n) => !nodes.has(n.id())).union(cy.edges().filter((e) => !edges.has(data.edges[Number(e.id().slice(1))]!)));
  cy.batch(() => {
    cy.$('.focus, .near, .faded').removeClass('focus near faded');
    cy.$('.hidden').difference(hidden).removeClass('hidden');
    hidden.addClass('hidden');
    if (v.focus) cy.getElementById(v.focus).addClass('focus');
    for (const id of focusNeighbours(graph, v, nodes)) cy.getElementById(id).addClass('near');
  });
  if (fit) fitVisible();
  describe(v, nodes.size);
}

/** Everything outside the canvas that follows the view: controls, side panel, status, table. */
function describe(v: ViewState, shownCount: number) {
  syncControls(v);
  showHiddenRelations(root, v);
  showPanel(v.focus);
  // With the panel closed (as on phones), its summary still names the selected concept.
  sideSummary.textContent = v.focus ? `Filters and details: ${byId.get(v.focus)!.title}` : 'Filters and details';
  const focusTitle = v.focus ? `, around ${byId.get(v.focus)!.title} at depth ${v.depth}` : '';
  status.textContent = `Showing ${shownCount} of ${data.nodes.length} concepts${focusTitle}.`;
  if (!tableHolder.hidden) renderTable(v);
}

/** Fits the shown nodes, without blowing a handful of nodes up to giant size. */
function fitVisible() {
  cy.resize(); // the container may have changed size since the last fit
  // Only the .hidden class hides nodes: a class test is cheaper than :visible's style checks.
  const shown = cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => (n as NodeSingular).position());
  cy.viewport(viewportFor(graph, view, shown, canvasSize()));
}

/** The pan that puts a node's centre (not its label's box, as cy.center would) mid-canvas. */
const panToCentre = (node: NodeSingular) => centreOn(node.position(), cy.zoom(), canvasSize());

/** Applies a new view and records it in the URL, so back and forward walk through views. */
function go(next: ViewState, options?: { fit?: boolean; replace?: boolean }) {
  view = next;
  const url = `${location.pathname}${serializeViewState(view)}`;
  if (options?.replace) history.replaceState(null, '', url);
  else if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  render(view, options);
}

// The panel beside the canvas opens and closes: Cytoscape must learn its container's new size.
$('#graph-side').addEventListener('toggle', () => cy.resize());

addEventListener('popstate', () => {
  view = parseViewState(location.search, new Set(byId.keys()));
  render(view);
});

// ---- side panel ----------------------------------------------------------------------

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

function link(node: GraphNode, text = node.title) {
  const a = document.createElement('a');
  a.href = node.url;
  a.textContent = text;
  return a;
}

function showPanel(id: string | undefined) {
  panel.replaceChildren();
  if (!id) {
    const p = document.createElement('p');
    p.textContent = 'Select a concept to see its summary and relations here.';
    panel.append(p);
    return;
  }
  const node = byId.get(id)!;
  const h2 = document.createElement('h2');
  h2.append(link(node));
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.dataset.type = node.type;
  badge.textContent = NODE_TYPE_INFO[node.type].label;
  const summary = document.createElement('p');
  summary.textContent = node.summary;
  panel.append(h2, badge, summary);
  for (const [label, nodes] of relationGroups(id)) {
    const h3 = document.createElement('h3');
    h3.textContent = label;
    const ul = document.createElement('ul');
    for (const n of nodes) {
      const li = document.createElement('li');
      const focusButton = document.createElement('button');
      focusButton.type = 'button';
      focusButton.className = 'link-button';
      focusButton.textContent = n.title;
      focusButton.addEventListener('click', () => go({ ...view, focus: n.id }));
      li.append(focusButton);
      ul.append(li);
    }
    panel.append(h3, ul);
  }
  const open = link(node, `Open the page on ${node.title}`);
  open.className = 'open-page';
  panel.append(open);
}

// ---- table view: the accessible equivalent of the canvas ----------------------------------

function renderTable(v: ViewState) {
  const nodes = shownNodes(v).sort((a, b) => a.title.localeCompare(b.title));
  const shown = new Set(nodes.map((n) => n.id));
  const table = document.createElement('table');
  table.innerHTML = '<caption>Concepts shown in the graph, with their relations</caption><thead><tr><th scope="col">Concept</th><th scope="col">Type</th><th scope="col">Relations</th></tr></thead>';
  const tbody = document.createElement('tbody');
  for (const node of nodes) {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.append(link(node));
    const type = document.createElement('td');
    type.textContent = NODE_TYPE_INFO[node.type].label;
    const relations = document.createElement('td');
    for (const [label, targets] of relationGroups(node.id)) {
      const visible = targets.filter((t) => shown.has(t.id));
      if (visible.length === 0) continue;
      const line = document.createElement('div');
      line.append(`${label}: `);
      visible.forEach((t, i) => line.append(...(i ? [', ', link(t)] : [link(t)])));
      relations.append(line);
    }
    tr.append(name, type, relations);
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
}

for (const box of typeBoxes) box.addEventListener('change', () => go({ ...view, types: typeBoxes.filter((b) => b.checked).map((b) => b.value as NodeType) }));
for (const box of relationBoxes) box.addEventListener('change', () => go({ ...view, relations: relationBoxes.filter((b) => b.checked).map((b) => b.value as EdgeType) }));
depthSelect.addEventListener('change', () => go({ ...view, depth: Number(depthSelect.value) as 1 | 2 | 3 }));

function download(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const actions: Record<string, (button: HTMLButtonElement) => void> = {
  fit: fitVisible,
  'zoom-in': () => cy.zoom({ level: cy.zoom() * 1.3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
  'zoom-out': () => cy.zoom({ level: cy.zoom() / 1.3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
  reset: () => go({ ...DEFAULT_VIEW }),
  'all-relations': () => go({ ...view, relations: [...EDGE_TYPES] }),
  labels: (button) => {
    labels = !labels;
    button.setAttribute('aria-pressed', String(labels));
    cy.style().selector('node').style('label', labels ? 'data(label)' : '').update();
  },
  table: (button) => {
    tableHolder.hidden = !tableHolder.hidden;
    button.setAttribute('aria-pressed', String(!tableHolder.hidden));
    if (!tableHolder.hidden) renderTable(view);
  },
  png: () => download('converge-graph.png', cy.png({ output: 'blob', full: true, bg: theme.background, scale: 2 }) as unknown as Blob),
  svg: () => {
    const nodes = shownNodes(view);
    const ids = new Set(nodes.map((n) => n.id));
    const edges = drawnEdges(graph, view, ids);
    download('converge-graph.svg', new Blob([graphToSvg(nodes, edges, { labels, title: status.textContent ?? 'Converge graph' })], { type: 'image/svg+xml' }));
  },
};
for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
  button.addEventListener('click', () => actions[button.dataset.action!]!(button));
}

// ---- find box -------------------------------------------------------------------------------

const names = new Map<string, string>();
for (const n of data.nodes) for (const name of [n.title, ...n.aliases]) names.set(name.toLowerCase(), n.id);
const datalist = $('#graph-names');
datalist.replaceChildren(...data.nodes.flatMap((n) => [n.title, ...n.aliases]).sort().map((name) => Object.assign(document.createElement('option'), { value: name })));
const findInput = $<HTMLInputElement>('#graph-find');
$('#graph-find-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = findInput.value.trim().toLowerCase();
  const id = names.get(query) ?? data.nodes.find((n) => n.title.toLowerCase().includes(query) || n.aliases.some((a) => a.toLowerCase().includes(query)))?.id;
  if (!query) return;
  if (!id) {
    status.textContent = `No concept is called “${findInput.value.trim()}”.`;
    return;
  }
  go({ ...view, focus: id, types: view.types.includes(byId.get(id)!.type) ? view.types : [...view.types, byId.get(id)!.type] });
  canvas.focus();
});

// ---- pointer and keyboard on the canvas -------------------------------------------------------

const highlight = (node: NodeSingular | undefined) => {
  cy.batch(() => {
    cy.elements().removeClass('faded');
    if (!node) return;
    const near = node.closedNeighborhood();
    cy.elements(':visible').not(near).addClass('faded');
  });
};
cy.on('tap', 'node', (event) => go({ ...view, focus: event.target.id() }, { fit: false }));
cy.on('dbltap', 'node', (event) => { location.href = byId.get(event.target.id())!.url; });
cy.on('mouseover', 'node', (event) => highlight(event.target));
cy.on('mouseout', 'node', () => highlight(view.focus ? cy.getElementById(view.focus) : undefined));

const byLabel = (a: NodeSingular, b: NodeSingular) => String(a.data('label')).localeCompare(String(b.data('label')));

canvas.addEventListener('keydown', (event) => {
  const visible = (cy.nodes(':visible').toArray() as NodeSingular[]).sort(byLabel);
  if (visible.length === 0) return;
  const current = view.focus ? cy.getElementById(view.focus) : undefined;
  let next: NodeSingular | undefined;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    // Step through every shown concept in title order, wrapping at either end.
    const i = current ? visible.findIndex((n) => n.id() === current.id()) : -1;
    const step = event.key === 'ArrowRight' ? 1 : -1;
    next = visible[i < 0 ? (step > 0 ? 0 : visible.length - 1) : (i + step + visible.length) % visible.length];
  } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && current) {
    const around = (current.neighborhood('node:visible').toArray() as NodeSingular[]).sort(byLabel);
    if (around.length) next = around[event.key === 'ArrowDown' ? 0 : around.length - 1];
  } else if (event.key === 'Enter' && current) {
    location.href = byId.get(current.id())!.url;
    return;
  } else if (event.key === 'Escape' && view.focus) {
    go({ ...view, focus: undefined }, { fit: false });
    event.preventDefault();
    return;
  } else return;
  event.preventDefault();
  if (next) {
    go({ ...view, focus: next.id() }, { fit: false, replace: true });
    // A jump, not a glide, for readers who asked for reduced motion.
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) cy.pan(panToCentre(next));
    else cy.animate({ pan: panToCentre(next) }, { duration: 150 });
    highlight(next);
  }
});

// The hand-over: Cytoscape's first frame has every element, so the preview can go.
cy.one('render', () => {
  preview.remove();
  performance.mark('converge:graph-ready');
  root.dataset.ready = 'true';
});
describe(view, first.shownIds.size);
// Exposed for the browser tests and for curious users' devtools.
(window as unknown as { convergeGraph: Core }).convergeGraph = cy;
