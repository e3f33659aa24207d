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
}

export const ZOOM_LIMITS = { min: 0.05, max: 4 } as const;
/** Fitting never zooms in beyond this: a handful of nodes should not fill the screen. */
const FIT_MAX_ZOOM = 1.4;
/** Room kept around the fitted nodes, in screen pixels. */
const PADDING = 40;
/** Model units around a node's centre that its shape and label take (half a node, plus a label below). */
const NODE_EXTENT = { side: 12, top: 12, bottom: 30 };

const clampZoom = (zoom: number) => Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, zoom));

/** Every point in view, centred, with PADDING around the outermost nodes and their labels. */
export function fitViewport(points: readonly Point[], size: Size): Viewport {
  if (points.length === 0) return { zoom: 1, pan: { x: size.width / 2, y: size.height / 2 } };
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x - NODE_EXTENT.side);
    maxX = Math.max(maxX, x + NODE_EXTENT.side);
    minY = Math.min(minY, y - NODE_EXTENT.top);
    maxY = Math.max(maxY, y + NODE_EXTENT.bottom);
  }
  const zoom = clampZoom(Math.min(FIT_MAX_ZOOM, (size.width - 2 * PADDING) / (maxX - minX), (size.height - 2 * PADDING) / (maxY - minY)));
  return { zoom, pan: { x: size.width / 2 - ((minX + maxX) / 2) * zoom, y: size.height / 2 - ((minY + maxY) / 2) * zoom } };
}

/** The pan that puts `point` mid-canvas at `zoom`. */
export function centreOn(point: Point, zoom: number, size: Size): Viewport['pan'] {
  return { x: size.width / 2 - point.x * zoom, y: size.height / 2 - point.y * zoom };
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
