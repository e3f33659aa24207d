/**
 * Where the explorer's camera sits: Cytoscape's zoom and pan, computed from node positions
 * alone. Cytoscape's own fit measures every element's styled bounding box, which styles all
 * 2,000 nodes of a big graph before the first frame; positions are all a fit needs, and the
 * first-frame preview and Cytoscape then agree on the view to the pixel.
 */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}
export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
  /** Pixels at the top and bottom that controls laid over the canvas cover: fitting keeps clear of them. */
  top?: number;
  bottom?: number;
}

/** The canvas's uncovered band: its height, and where its middle is. */
const band = (size: Size) => {
  const height = Math.max(1, size.height - (size.top ?? 0) - (size.bottom ?? 0));
  return { height, middle: (size.top ?? 0) + height / 2 };
};

export const ZOOM_LIMITS = { min: 0.05, max: 4 } as const;
/** Fitting never zooms in beyond this: a handful of nodes should not fill the screen. */
const FIT_MAX_ZOOM = 1.4;
/** Room kept around the fitted nodes, in screen pixels. */
const PADDING = 40;
/** Model units around a node's centre that its shape and label take. */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/** Half a node, plus a one-line label below: the whole graph, where labels show only zoomed in. */
export const NODE_EXTENT: Extent = { left: 12, right: 12, top: 12, bottom: 30 };

/** Small canvases (phones) cannot spare 40 px a side. */
const paddingFor = (size: Size) => (size.width < 600 ? 16 : PADDING);

const clampZoom = (zoom: number) => Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, zoom));

/** The box that `points` and their labels take, in model units. */
function bounds(points: readonly Point[], extent: Extent) {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x - extent.left);
    maxX = Math.max(maxX, x + extent.right);
    minY = Math.min(minY, y - extent.top);
    maxY = Math.max(maxY, y + extent.bottom);
  }
  return { minX, maxX, minY, maxY };
}

/** Every point in view, centred, with PADDING around the outermost nodes and their labels. */
export function fitViewport(points: readonly Point[], size: Size, extent: Extent = NODE_EXTENT): Viewport {
  const { height, middle } = band(size);
  if (points.length === 0) return { zoom: 1, pan: { x: size.width / 2, y: middle } };
  const { minX, maxX, minY, maxY } = bounds(points, extent);
  const padding = paddingFor(size);
  const zoom = clampZoom(Math.min(FIT_MAX_ZOOM, (size.width - 2 * padding) / (maxX - minX), (height - 2 * padding) / (maxY - minY)));
  return { zoom, pan: { x: size.width / 2 - ((minX + maxX) / 2) * zoom, y: middle - ((minY + maxY) / 2) * zoom } };
}

/**
 * Fits like fitViewport, but never below `minZoom`, where nodes would be too small to tap. A
 * drawing too big for that is centred on `anchor` (the focus, a path's current step), then
 * moved back as far as needed for the canvas to show no empty margin beyond its edges; the
 * reader drags to see the rest.
 */
export function readableViewport(points: readonly Point[], size: Size, extent: Extent, minZoom: number, anchor: Point): Viewport {
  const fitted = fitViewport(points, size, extent);
  if (fitted.zoom >= minZoom || points.length === 0) return fitted;
  const zoom = minZoom;
  const { minX, maxX, minY, maxY } = bounds(points, extent);
  const padding = paddingFor(size);
  const { height, middle } = band(size);
  const top = size.top ?? 0;
  // Along one axis: centred if the drawing fits, else on the anchor but never past an edge.
  const axis = (min: number, max: number, at: number, start: number, length: number, centre: number) => {
    if ((max - min) * zoom <= length - 2 * padding) return centre - ((min + max) / 2) * zoom;
    const pan = centre - at * zoom;
    return Math.min(start + padding - min * zoom, Math.max(start + length - padding - max * zoom, pan));
  };
  return { zoom, pan: { x: axis(minX, maxX, anchor.x, 0, size.width, size.width / 2), y: axis(minY, maxY, anchor.y, top, height, middle) } };
}

/** The pan that puts `point` mid-canvas at `zoom`. */
export function centreOn(point: Point, zoom: number, size: Size): Viewport['pan'] {
  return { x: size.width / 2 - point.x * zoom, y: band(size).middle - point.y * zoom };
}

/** `focus` mid-canvas, zoomed out just enough for every point to fit around it. */
export function focusViewport(focus: Point, points: readonly Point[], size: Size): Viewport {
  let reachX = 1;
  let reachY = 1;
  for (const { x, y } of points) {
    reachX = Math.max(reachX, Math.abs(x - focus.x));
    reachY = Math.max(reachY, Math.abs(y - focus.y));
  }
  const zoom = clampZoom(Math.min(FIT_MAX_ZOOM, (size.width / 2 - 60) / reachX, (size.height / 2 - 40) / reachY));
  return { zoom, pan: centreOn(focus, zoom, size) };
}

/** The screen position of a model point. */
export const toScreen = (point: Point, { zoom, pan }: Viewport): Point => ({ x: point.x * zoom + pan.x, y: point.y * zoom + pan.y });
