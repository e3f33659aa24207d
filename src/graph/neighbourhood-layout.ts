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
  compact: { arc: 30, gap: 30, first: 0, labelWidth: 64 },
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

/**
 * Levels as orderedLevels gives them; `parentOf` names the concept each was reached from.
 * `focusLabel`: model units below the focus's centre that its label takes, kept clear on a phone.
 */
export function neighbourhoodLayout(levels: readonly (readonly string[])[], parentOf: (id: string) => string | undefined, size: Size, focusLabel = 0): NeighbourhoodLayout {
  const compact = isCompact(size);
  const RING = RING_SIZES[compact ? 'compact' : 'roomy'];
  const packed = compact ? packedRings(levels, parentOf, size, focusLabel) : undefined;
  return { positions: packed ?? rings(levels, parentOf, size, RING), compact };
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
  const { width, height } = compactFrame(size);
  // Labels go below their nodes here: half a label's width beside a node, its lines below.
  const beside = labelWidth / 2;
  const below = LOOK.focusSize / 2 + LOOK.labelGap + 3 * LOOK.fontSize * LOOK.lineHeight;
  return { x: Math.max(40, width / 2 - beside), y: Math.max(60, height / 2 - below / 2 - LOOK.focusSize / 2) };
}

/** Padding kept around a fitted drawing on a phone, in screen pixels (as viewport.ts keeps). */
const COMPACT_PADDING = 16;

/**
 * What a phone's canvas shows at the smallest zoom that keeps nodes a finger's size, less its
 * padding and the controls over it, in model units: the most a compact drawing may take.
 */
export function compactFrame(size: Size): { width: number; height: number } {
  const zoom = LOOK.minTouchSize / LOOK.nodeSize;
  return {
    width: (size.width - 2 * COMPACT_PADDING) / zoom,
    height: (size.height - (size.top ?? 0) - (size.bottom ?? 0) - 2 * COMPACT_PADDING) / zoom,
  };
}

/**
 * A phone's drawing of a neighbourhood too big for one ring per hop (a hub's depth 2 is 60 and
 * more concepts): each hop takes as many rings as it needs, nodes `arc` apart along a ring and
 * rings `gap` apart, the rings spread over the canvas, so the whole neighbourhood fits at a zoom
 * a finger can tap. Labels that then collide or fall outside are left out (see scene.ts) until
 * their concept is touched or selected. First tried leaving room for outer labels, then with
 * the whole canvas; undefined when even that is too small (rings() draws it, for dragging).
 */
function packedRings(levels: readonly (readonly string[])[], parentOf: (id: string) => string | undefined, size: Size, focusLabel: number): Map<string, Position> | undefined {
  const { arc, gap } = RING_SIZES.compact;
  const frame = compactFrame(size);
  const edge = LOOK.focusSize / 2;
  const whole = { x: Math.max(40, frame.width / 2 - edge), y: Math.max(60, frame.height / 2 - edge) };
  // The innermost ring clears the focus and, if it can, the corners of its label below it (with
  // half a node and a little air); a hub's neighbourhood needs that room, and the focus's name is
  // then in the panel's summary and the status line instead.
  const [cx, cy] = [RING_SIZES.compact.labelWidth / 2 + LOOK.nodeSize / 2 + 4, focusLabel + LOOK.nodeSize / 2 + 4];
  // One ring a hop if it fits, as every hop is drawn on a wider canvas; then more.
  const hops = levels.slice(1).filter((l) => l.length > 0).length;
  const tries = [hops, Infinity].flatMap((maxRings) => [true, false].flatMap((clearLabel) => [compactRoom(size, RING_SIZES.compact.labelWidth), whole].map((room) => ({ room, clearLabel, maxRings }))));
  for (const { room, clearLabel, maxRings } of tries) {
    const innermost = Math.max((LOOK.focusSize / 2 + gap) / Math.min(room.x, room.y), clearLabel ? Math.hypot(cx / room.x, cy / room.y) : 0);
    const tracks = assignTracks(levels.map((l) => l.length), ellipsePerimeter(room.x, room.y) / arc, gap / Math.min(room.x, room.y), innermost, maxRings);
    if (tracks) return placeOnTracks(levels, parentOf, tracks, room);
  }
  return undefined;
}

/** A ring of a packed drawing: its size as a fraction of the room, its hop, how many it holds. */
interface Track {
  f: number;
  hop: number;
  count: number;
}

/**
 * Rings for hops of `counts` concepts: the fewest that hold them, evenly spread from the
 * outermost (f = 1) inward, no closer than `step` and no further in than `innermost`. A ring of
 * size f holds f × `perRing` concepts. Undefined when no such set of rings holds them all.
 */
export function assignTracks(counts: readonly number[], perRing: number, step: number, innermost: number, maxRings = Infinity): Track[] | undefined {
  const hops = counts.map((n, hop) => ({ n, hop })).filter((h) => h.hop > 0 && h.n > 0);
  if (hops.length === 0) return [];
  const holds = (f: number) => Math.max(1, Math.floor(f * perRing + 1e-9));
  for (let rings = hops.length; rings <= maxRings; rings++) {
    const widest = rings === 1 ? 0 : Math.min(1 / rings, (1 - innermost) / (rings - 1));
    if (rings > 1 && widest < step - 1e-9) return undefined;
    if (rings === 1 && innermost > 1) return undefined;
    // As evenly spread as they can be; if that does not hold them, closer to the outermost,
    // where rings are longer.
    for (let t = 0; t <= 4; t++) {
      const tracks = fill(hops, holds, Array.from({ length: rings }, (_, i) => 1 - (rings - 1 - i) * (widest - ((widest - step) * t) / 4)));
      if (tracks) return tracks;
    }
  }
  return undefined;
}

/** Hops on rings of sizes `f`, inner to outer; undefined when they do not hold them all. */
function fill(hops: readonly { n: number; hop: number }[], holds: (f: number) => number, f: readonly number[]): Track[] | undefined {
  const rings = f.length;
  const tracks: Track[] = [];
  let next = 0;
  for (const [k, { n, hop }] of hops.entries()) {
    const mine: number[] = [];
    let room = 0;
    // The last hop takes every ring left, so the drawing fills the canvas.
    while (next < rings && (room < n || (k === hops.length - 1 && next < rings))) {
      mine.push(next);
      room += holds(f[next]!);
      next++;
    }
    if (room < n) break;
    // Concepts shared out in proportion to each ring's length, so they are evenly spaced.
    const counts = mine.map((t) => Math.floor((n * holds(f[t]!)) / room));
    for (let left = n - counts.reduce((a, b) => a + b, 0), i = mine.length - 1; left > 0; i = (i - 1 + mine.length) % mine.length) {
      if (counts[i]! < holds(f[mine[i]!]!)) {
        counts[i]!++;
        left--;
      }
    }
    mine.forEach((t, i) => counts[i]! > 0 && tracks.push({ f: f[t]!, hop, count: counts[i]! }));
  }
  if (tracks.reduce((a, t) => a + t.count, 0) === hops.reduce((a, h) => a + h.n, 0)) return tracks;
  return undefined;
}

/**
 * Each hop's concepts on its rings, in reading order around the circle (a hop on several rings
 * zigzags between them), turned, as rings() turns them, toward the concepts they came from.
 */
function placeOnTracks(levels: readonly (readonly string[])[], parentOf: (id: string) => string | undefined, tracks: readonly Track[], room: Position): Map<string, Position> {
  const positions = new Map<string, Position>();
  const angles = new Map<string, number>();
  for (const id of levels[0] ?? []) positions.set(id, { x: 0, y: 0 });
  levels.forEach((level, hop) => {
    if (hop === 0 || level.length === 0) return;
    // Every place on the hop's rings, by angle; neighbouring rings are offset by half a step.
    const slots = tracks
      .filter((t) => t.hop === hop)
      .flatMap((t, j) => Array.from({ length: t.count }, (_, i) => ({ f: t.f, angle: ((i + (j % 2) / 2) * 2 * Math.PI) / t.count })))
      .sort((a, b) => a.angle - b.angle || a.f - b.f);
    let [sx, sy] = [0, 0];
    level.forEach((id, i) => {
      const parent = angles.get(parentOf(id) ?? '');
      if (parent === undefined) return;
      sx += Math.cos(parent - slots[i]!.angle);
      sy += Math.sin(parent - slots[i]!.angle);
    });
    const start = sx || sy ? Math.atan2(sy, sx) : -Math.PI / 2;
    level.forEach((id, i) => {
      const { f, angle } = slots[i]!;
      angles.set(id, start + angle);
      positions.set(id, { x: round(f * room.x * Math.cos(start + angle)), y: round(f * room.y * Math.sin(start + angle)) });
    });
  });
  return positions;
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
