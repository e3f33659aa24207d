// The first frame of /graph/, a page script of its own: it fetches graph.json and draws the
// shown graph on a plain canvas while Cytoscape, most of the page's code, is still on its way.
// explorer.ts, the second script, awaits `firstFrame` and builds the interactive view on top.
import type { GraphJson } from '../../graph/graph-json.ts';
import { drawnEdges, focusNeighbours, shownNodes, type IndexedGraph } from '../../graph/view-filter.ts';
import { hiddenRelationsText, parseViewState, type ViewState } from '../../graph/view-state.ts';
import { fitViewport, focusViewport, type Point, type Size, type Viewport } from '../../graph/viewport.ts';
import { canvasTheme, type CanvasTheme } from '../../graph/theme.ts';
import { drawPreview } from './preview.ts';

const PANEL_KEY = 'converge:graph-panel';

/** Opens or closes the side panel as the reader last left it (open on wide screens at first). */
function restorePanel() {
  const side = document.querySelector<HTMLDetailsElement>('#graph-side');
  if (!side) return;
  let saved: string | null = null;
  try { saved = localStorage.getItem(PANEL_KEY); } catch { /* storage blocked: use the default */ }
  side.open = saved ? saved === 'open' : matchMedia('(min-width: 40rem)').matches;
  side.addEventListener('toggle', () => {
    try { localStorage.setItem(PANEL_KEY, side.open ? 'open' : 'closed'); } catch { /* not remembered */ }
  });
}
restorePanel();

export interface FirstFrame {
  data: GraphJson;
  graph: IndexedGraph;
  view: ViewState;
  /** Ids of the nodes the first view shows, the edges it draws, and the focus's neighbours. */
  shownIds: Set<string>;
  edges: Set<GraphJson['edges'][number]>;
  near: Set<string>;
  viewport: Viewport;
  /** The preview canvas, for the explorer to remove once Cytoscape has drawn. */
  preview: HTMLCanvasElement;
  /** Level of detail: see the explorer's Cytoscape options. */
  movesAsBitmap: boolean;
  large: boolean;
  theme: CanvasTheme;
}

/** Fits the shown nodes, or centres the focus with its whole neighbourhood around it. */
export function viewportFor(graph: IndexedGraph, view: ViewState, shown: readonly Point[], size: Size): Viewport {
  const focus = view.focus && graph.byId.get(view.focus);
  return focus ? focusViewport(focus, shown, size) : fitViewport(shown, size);
}

/** Says which relations the view leaves out, and offers them: the explorer calls it on every view. */
export function showHiddenRelations(root: HTMLElement, view: ViewState) {
  const note = root.querySelector<HTMLElement>('#graph-hidden')!;
  const text = hiddenRelationsText(view);
  note.hidden = !text;
  note.querySelector('span')!.textContent = text;
}

async function drawFirstFrame(): Promise<FirstFrame> {
  const root = document.querySelector<HTMLElement>('[data-graph-explorer]')!;
  const canvas = root.querySelector<HTMLElement>('#graph-canvas')!;
  const response = await fetch(root.dataset.graphUrl!);
  if (!response.ok) throw new Error(`${root.dataset.graphUrl} answered ${response.status}`);
  const data = (await response.json()) as GraphJson;
  const graph: IndexedGraph = { nodes: data.nodes, edges: data.edges, byId: new Map(data.nodes.map((n) => [n.id, n])) };
  const view = parseViewState(location.search, new Set(graph.byId.keys()));
  const nodes = shownNodes(graph, view);
  const shownIds = new Set(nodes.map((n) => n.id));
  const edges = drawnEdges(graph, view, shownIds);
  const near = focusNeighbours(graph, view, shownIds);
  const viewport = viewportFor(graph, view, nodes, { width: canvas.clientWidth, height: canvas.clientHeight });
  const frame: FirstFrame = {
    data, graph, view, shownIds, edges: new Set(edges), near, viewport,
    preview: Object.assign(document.createElement('canvas'), { className: 'graph-preview' }),
    // Level of detail. From a few hundred nodes, moving the view redraws too much for 60 frames
    // a second here: Cytoscape then shows a cached bitmap, without edges, until the view settles.
    // From a thousand, edges are plain lines (haystack, no arrowheads), much cheaper to draw.
    movesAsBitmap: data.nodes.length > 400,
    large: data.nodes.length > 1000,
    theme: canvasTheme(matchMedia('(prefers-color-scheme: dark)').matches),
  };
  frame.preview.setAttribute('aria-hidden', 'true');
  showHiddenRelations(root, view);
  canvas.append(frame.preview);
  return new Promise((drawn) =>
    requestAnimationFrame(() => {
      drawPreview(frame.preview, nodes, edges, { viewport, arrows: !frame.large, focus: view.focus, near, theme: frame.theme });
      // The benchmark reads this mark: the first frame with the graph on screen.
      performance.mark('converge:graph-drawn');
      root.querySelector('#graph-status')!.textContent = `Showing ${nodes.length} of ${data.nodes.length} concepts; the interactive graph is still loading.`;
      // A task, not a microtask: the browser paints the preview before Cytoscape takes the thread.
      setTimeout(() => drawn(frame));
    }),
  );
}

export const firstFrame = drawFirstFrame();
// Said where the reader looks, rather than a status that claims to be loading for ever.
firstFrame.catch((error: unknown) => {
  const root = document.querySelector<HTMLElement>('[data-graph-explorer]')!;
  const concepts = Object.assign(document.createElement('a'), { href: root.dataset.conceptsUrl!, textContent: 'concepts page' });
  const reason = error instanceof Error ? error.message : String(error);
  root.querySelector('#graph-status')!.replaceChildren(`The graph could not be loaded (${reason}). Every concept and its relations are on the `, concepts, '.');
});
