// The first frame of /graph/, a page script of its own: it fetches graph.json and draws the
// scene of the URL's view on a plain canvas at once. explorer.ts, the second script, awaits
// `firstFrame`, wires the controls and redraws that canvas for each view until the reader
// moves to the graph, when it starts Cytoscape on top.
import type { GraphJson } from '../../graph/graph-json.ts';
import { sceneFor, type Scene } from '../../graph/scene.ts';
import type { IndexedGraph } from '../../graph/view-filter.ts';
import { hiddenRelationsText, parseViewState, type KnownNames, type ViewState } from '../../graph/view-state.ts';
import { canvasTheme, type CanvasTheme } from '../../graph/theme.ts';
import type { Size } from '../../graph/viewport.ts';
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
  /** What the URL may name, for the explorer to read later addresses with. */
  known: KnownNames;
  view: ViewState;
  scene: Scene;
  /** The preview canvas, for the explorer to remove once Cytoscape has drawn. */
  preview: HTMLCanvasElement;
  /** Level of detail: see the explorer's Cytoscape options. */
  movesAsBitmap: boolean;
  large: boolean;
  theme: CanvasTheme;
}

/** Says which relations the view leaves out, and offers them: the explorer calls it on every view. */
export function showHiddenRelations(root: HTMLElement, view: ViewState) {
  const note = root.querySelector<HTMLElement>('#graph-hidden')!;
  const text = hiddenRelationsText(view);
  note.hidden = !text;
  note.querySelector('span')!.textContent = text;
}

/**
 * The canvas's size, less what the controls laid over it cover at its top and bottom (the view
 * buttons, a learning path's bar, the notes), so a fitted drawing is never hidden under them.
 */
export function canvasSize(canvas: HTMLElement): Size {
  const box = canvas.getBoundingClientRect();
  let [top, bottom] = [0, 0];
  for (const overlay of canvas.closest('.canvas-box')!.querySelectorAll<HTMLElement>('[data-overlay]')) {
    if (overlay.hidden || getComputedStyle(overlay).position !== 'absolute') continue;
    const r = overlay.getBoundingClientRect();
    if (r.top + r.height / 2 < box.top + box.height / 2) top = Math.max(top, r.bottom - box.top);
    else bottom = Math.max(bottom, box.bottom - r.top);
  }
  return { width: canvas.clientWidth, height: canvas.clientHeight, top, bottom };
}

async function drawFirstFrame(): Promise<FirstFrame> {
  const root = document.querySelector<HTMLElement>('[data-graph-explorer]')!;
  const canvas = root.querySelector<HTMLElement>('#graph-canvas')!;
  const response = await fetch(root.dataset.graphUrl!);
  if (!response.ok) throw new Error(`${root.dataset.graphUrl} answered ${response.status}`);
  const data = (await response.json()) as GraphJson;
  const graph: IndexedGraph = { nodes: data.nodes, edges: data.edges, byId: new Map(data.nodes.map((n) => [n.id, n])), paths: data.paths };
  const known: KnownNames = { concepts: new Set(graph.byId.keys()), paths: new Map(data.paths.map((p) => [p.id, p.steps.length])) };
  const view = parseViewState(location.search, known);
  // The path bar's place is known before its text: it shows now, so the fit keeps clear of it.
  root.querySelector<HTMLElement>('#graph-path')!.hidden = !view.path;
  const scene = sceneFor(graph, view, canvasSize(canvas));
  const frame: FirstFrame = {
    data, graph, known, view, scene,
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
      drawPreview(frame.preview, scene, { arrows: !frame.large, theme: frame.theme });
      // The benchmark reads this mark: the first frame with the graph on screen.
      performance.mark('converge:graph-drawn');
      root.querySelector('#graph-status')!.textContent = `Showing ${scene.nodes.length} of ${data.nodes.length} concepts.`;
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
