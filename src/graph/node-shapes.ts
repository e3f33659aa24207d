import { NODE_TYPE_STYLE } from './node-types.ts';
import type { NodeType } from '../schema/vocabulary.ts';

/** A node's outline around its centre (0, 0): what the SVG export and the canvas preview draw. */
export type Outline =
  | { kind: 'circle'; r: number }
  | { kind: 'square'; half: number; corner: number }
  | { kind: 'polygon'; points: [number, number][] };

/** Corners of a regular polygon of `sides` and radius `r`. */
function regular(r: number, sides: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

function star(r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r / 2.2;
    return [radius * Math.cos(a), radius * Math.sin(a)];
  });
}

/** Stretches a polygon to fill the square [-r, r]², as Cytoscape draws its polygons. */
function fitToSquare(points: [number, number][], r: number): [number, number][] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [((x - minX) / (maxX - minX)) * 2 * r - r, ((y - minY) / (maxY - minY)) * 2 * r - r]);
}

/**
 * The outline of a node of `type` whose square would be `2r` wide. By default polygons are a
 * little larger than the square, so every shape looks about the same size in the SVG export;
 * `fitSquare` stretches them to the square instead, as Cytoscape draws them.
 */
export function nodeOutline(type: NodeType, r: number, { fitSquare = false } = {}): Outline {
  const outline = baseOutline(type, r);
  return fitSquare && outline.kind === 'polygon' ? { kind: 'polygon', points: fitToSquare(outline.points, r) } : outline;
}

function baseOutline(type: NodeType, r: number): Outline {
  switch (NODE_TYPE_STYLE[type].shape) {
    case 'ellipse': return { kind: 'circle', r };
    case 'rectangle': return { kind: 'square', half: r, corner: 0 };
    case 'round-rectangle': return { kind: 'square', half: r, corner: r / 3 };
    case 'diamond': return { kind: 'polygon', points: regular(r * 1.2, 4) };
    case 'triangle': return { kind: 'polygon', points: regular(r * 1.2, 3) };
    case 'pentagon': return { kind: 'polygon', points: regular(r * 1.1, 5) };
    case 'hexagon': return { kind: 'polygon', points: regular(r * 1.1, 6, 0) };
    case 'octagon': return { kind: 'polygon', points: regular(r * 1.1, 8, Math.PI / 8) };
    default: return { kind: 'polygon', points: star(r * 1.3) };
  }
}

/** SVG path data for a node of `type` centred on (x, y): the explorer's shape, for static drawings. */
export function outlinePath(type: NodeType, x: number, y: number, r: number): string {
  const outline = nodeOutline(type, r, { fitSquare: true });
  const f = (v: number) => Number(v.toFixed(1));
  switch (outline.kind) {
    case 'circle': return `M ${f(x - r)} ${f(y)} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'square': {
      const { half, corner: c } = outline;
      if (!c) return `M ${f(x - half)} ${f(y - half)} h ${2 * half} v ${2 * half} h ${-2 * half} Z`;
      const side = f(2 * half - 2 * c);
      return `M ${f(x - half + c)} ${f(y - half)} h ${side} q ${f(c)} 0 ${f(c)} ${f(c)} v ${side} q 0 ${f(c)} ${f(-c)} ${f(c)} h ${-side} q ${f(-c)} 0 ${f(-c)} ${f(-c)} v ${-side} q 0 ${f(-c)} ${f(c)} ${f(-c)} Z`;
    }
    case 'polygon': return `M ${outline.points.map(([dx, dy]) => `${f(x + dx)} ${f(y + dy)}`).join(' L ')} Z`;
  }
}
