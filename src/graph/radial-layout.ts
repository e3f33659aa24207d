import type { Position } from './layout.ts';

/**
 * Positions for a concept's neighbourhood drawn around it: the concept at the centre,
 * neighbours evenly on one ring (two when crowded), in the order given.
 */
export function radialLayout(count: number, size: { width: number; height: number }): { centre: Position; around: Position[] } {
  const centre = { x: size.width / 2, y: size.height / 2 };
  const rings = count > 14 ? 2 : 1;
  const outer = Math.min(size.width, size.height) / 2 - 40;
  const around = Array.from({ length: count }, (_, i) => {
    const ring = rings === 2 ? i % 2 : 0;
    const radius = ring === 0 ? outer : outer * 0.6;
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    return { x: Math.round(centre.x + radius * Math.cos(angle)), y: Math.round(centre.y + radius * Math.sin(angle)) };
  });
  return { centre, around };
}
