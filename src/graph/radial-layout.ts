import type { Position } from './layout.ts';

/**
 * Positions for a concept's neighbourhood drawn around it: the concept at the centre, the
 * neighbours evenly on an ellipse in the order given, starting at the top. The ellipse is
 * narrower than it is tall because labels run sideways from the nodes on either side.
 */
export function radialLayout(count: number, size: { width: number; height: number }, radius = { x: 150, y: 170 }): { centre: Position; around: Position[] } {
  const centre = { x: size.width / 2, y: size.height / 2 };
  const around = Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    return { x: Math.round(centre.x + radius.x * Math.cos(angle)), y: Math.round(centre.y + radius.y * Math.sin(angle)) };
  });
  return { centre, around };
}

/**
 * Where a neighbour's label goes: outward from the centre, so labels point away from the edges.
 * Near the top and bottom a label sits above or below its node, centred only on the vertical axis
 * itself; just off it, the label runs away from the axis, so two nodes either side of it (an odd
 * count puts them there) keep their labels apart.
 */
export function labelPlacement(centre: Position, node: Position, gap = 14): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const angle = Math.atan2(node.y - centre.y, node.x - centre.x);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  if (cos > 0.25) return { x: node.x + gap, y: node.y + 4, anchor: 'start' };
  if (cos < -0.25) return { x: node.x - gap, y: node.y + 4, anchor: 'end' };
  const y = sin > 0 ? node.y + gap + 10 : node.y - gap;
  if (cos > 0.05) return { x: node.x - gap / 2, y, anchor: 'start' };
  if (cos < -0.05) return { x: node.x + gap / 2, y, anchor: 'end' };
  return { x: node.x, y, anchor: 'middle' };
}
