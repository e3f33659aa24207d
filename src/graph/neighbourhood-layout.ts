import { EDGE_TYPES } from '../schema/vocabulary.ts';
import type { Position } from './layout.ts';
import { LOOK } from './theme.ts';
import type { Reached } from './neighbourhood.ts';
import type { Size } from './viewport.ts';

/**
 * Where a neighbourhood's concepts go when the explorer focuses one: the focus in the centre and
 * each hop a ring around it, so distance on screen is distance in the graph, the ellipse shaped
 * like the canvas (wide on a desktop, tall on a phone). A narrow canvas gets a compact drawing:
 * tighter rings and narrower labels, so nodes stay a finger's size when it is fitted.
 * Deterministic: the same neighbourhood on the same canvas shape is drawn the same way.
 */
export interface NeighbourhoodLayout {
  positions: Map<string, Position>;
  compact: boolean;
}

/** Canvases narrower than this (phones) get the compact drawing. */
export const COMPACT_BELOW_WIDTH = 560;

/**
 * Model units. Each node gets `arc` of its ring's circumference, and its label wraps at
 * `labelWidth`; rings are at least `gap` apart, the first `first` from the focus. A compact
 * drawing spreads its rings over the canvas and gives nodes just enough room not to touch.
 */
export const RING_SIZES = {
  roomy: { arc: 76, gap: 80, first: 130, labelWidth: 110 },
  compact: { arc: 34, gap: 34, first: 0, labelWidth: 64 },
} as const;

export const isCompact = (size: Size) => size.width < COMPACT_BELOW_WIDTH;

const byRelation = (r: Reached) => (r.via ? EDGE_TYPES.indexOf(r.via.type) * 2 + (r.via.forward ? 0 : 1) : -1);

/**
 * The concepts hop by hop, each hop in reading order: the first hop grouped by relation (all it
 * requires together, then all it enables…), later hops next to the concept they were reached from.
 */
export function orderedLevels(reached: ReadonlyMap<string, Reached>, title: (id: string) => string): string[][] {
  const levels: string[][] = [];
  for (const [id, r] of reached) (levels[r.hops] ??= []).push(id);
  const filled = Array.from(levels, (level) => level ?? []);
  for (let k = 1; k < filled.length; k++) {
    const place = new Map(filled[k - 1]!.map((id, i) => [id, i]));
    const key = (id: string) => {
      const r = reached.get(id)!;
      return k === 1 ? byRelation(r) : (place.get(r.parent!) ?? 0);
    };
    filled[k]!.sort((a, b) => key(a) - key(b) || title(a).localeCompare(title(b)) || (a < b ? -1 : 1));
  }
  return filled;
}

/** Levels as orderedLevels gives them; `parentOf` names the concept each was reached from. */
export function neighbourhoodLayout(levels: readonly (readonly string[])[], parentOf: (id: string) => string | undefined, size: Size): NeighbourhoodLayout {
  const compact = isCompact(size);
  return { positions: rings(levels, parentOf, size, RING_SIZES[compact ? 'compact' : 'roomy']), compact };
}

const round = (v: number) => Math.round(v * 10) / 10;

function rings(levels: readonly (readonly string[])[], parentOf: (id: string) => string | undefined, size: Size, RING: (typeof RING_SIZES)[keyof typeof RING_SIZES]): Map<string, Position> {
  const positions = new Map<string, Position>();
  const angles = new Map<string, number>();
  // An ellipse as wide as the canvas's proportions allow, since labels run sideways.
  const stretch = Math.min(2, Math.max(0.7, Math.sqrt(size.width / Math.max(1, size.height))));
  // The circumference of the ellipse of radius 1, stretched.
  const perimeter = ellipsePerimeter(stretch, 1 / stretch);
  // On a phone the rings share the room the canvas has at a finger-sized zoom, the outer ring
  // at its edge, so the fitted drawing keeps nodes big enough to tap; labels that would then
  // collide are left out (see quietLabels in scene.ts) until their concept is selected.
  const room = isCompact(size) ? compactRoom(size, RING.labelWidth) : undefined;
  const rings = levels.length - 1;
  let radius = 0;
  const rx = (r: number) => (room ? room.x * r : r * stretch);
  const ry = (r: number) => (room ? room.y * r : r / stretch);
  // On a phone, radii are fractions of the room: evenly spread, but never so tight that nodes
  // on a ring or two rings touch.
  const roomPerimeter = room ? ellipsePerimeter(room.x, room.y) : 0;
  levels.forEach((level, k) => {
    if (k === 0) {
      for (const id of level) positions.set(id, { x: 0, y: 0 });
      return;
    }
    radius = room
      ? Math.max(k / rings, (level.length * RING.arc) / roomPerimeter, k === 1 ? 0 : radius + RING.gap / Math.min(room.x, room.y))
      : Math.max(k === 1 ? RING.first : radius + RING.gap, (level.length * RING.arc) / perimeter);
    const step = (2 * Math.PI) / Math.max(1, level.length);
    // Outer rings turn so that, on average, each concept sits nearest the one it was reached from.
    let [sx, sy] = [0, 0];
    level.forEach((id, i) => {
      const parent = angles.get(parentOf(id) ?? '');
      if (parent === undefined) return;
      sx += Math.cos(parent - i * step);
      sy += Math.sin(parent - i * step);
    });
    const start = sx || sy ? Math.atan2(sy, sx) : -Math.PI / 2;
    level.forEach((id, i) => {
      const angle = start + i * step;
      angles.set(id, angle);
      positions.set(id, { x: round(rx(radius) * Math.cos(angle)), y: round(ry(radius) * Math.sin(angle)) });
    });
  });
  return positions;
}

/** An ellipse's circumference (Ramanujan's approximation). */
const ellipsePerimeter = (a: number, b: number) => Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));

/**
 * The outer ring's half-width and half-height on a compact canvas, in model units: the canvas at
 * the smallest zoom that keeps nodes a finger's size, less room for labels beside and below.
 */
function compactRoom(size: Size, labelWidth: number): Position {
  const zoom = LOOK.minTouchSize / LOOK.nodeSize;
  const padding = 16;
  const width = (size.width - 2 * padding) / zoom;
  const height = (size.height - (size.top ?? 0) - (size.bottom ?? 0) - 2 * padding) / zoom;
  // Labels go below their nodes here: half a label's width beside a node, its lines below.
  const beside = labelWidth / 2;
  const below = LOOK.focusSize / 2 + LOOK.labelGap + 3 * LOOK.fontSize * LOOK.lineHeight;
  return { x: Math.max(40, width / 2 - beside), y: Math.max(60, height / 2 - below / 2 - LOOK.focusSize / 2) };
}

/** Model units between the steps of a learning path, and how many a row holds. */
export const STEPS = {
  roomy: { across: 230, down: 150, perRow: 4 },
  compact: { across: 112, down: 100, perRow: 3 },
} as const;

/**
 * A learning path's steps in order, as a snake of rows (left to right, then right to left), so
 * each step sits beside the next and the whole path fits the canvas.
 */
export function pathLayout(steps: readonly string[], size: Size): NeighbourhoodLayout {
  const positions = new Map<string, Position>();
  const compact = isCompact(size);
  const STEP = STEPS[compact ? 'compact' : 'roomy'];
  const perRow = Math.min(STEP.perRow, steps.length);
  steps.forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const column = row % 2 === 0 ? i % perRow : perRow - 1 - (i % perRow);
    positions.set(id, { x: column * STEP.across, y: row * STEP.down });
  });
  return { positions, compact };
}
