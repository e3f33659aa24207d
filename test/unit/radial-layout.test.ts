import { describe, expect, it } from 'vitest';
import { labelPlacement, radialLayout } from '../../src/graph/radial-layout.ts';

describe('a concept neighbourhood drawn round it', () => {
  const size = { width: 800, height: 430 };

  it('puts the neighbours evenly round the centre, the first at the top', () => {
    const { centre, around } = radialLayout(16, size);
    expect(centre).toEqual({ x: 400, y: 215 });
    expect(around[0]!.x).toBe(400);
    expect(around[0]!.y).toBeLessThan(centre.y);
    expect(around[4]!.x).toBeGreaterThan(centre.x); // a quarter of the way round: the right
    expect(new Set(around.map((p) => `${p.x},${p.y}`)).size).toBe(16);
  });

  it('writes each label outward, away from the edges into the centre', () => {
    const { centre, around } = radialLayout(16, size);
    const placed = around.map((p) => ({ p, label: labelPlacement(centre, p) }));
    for (const { p, label } of placed) {
      if (label.anchor === 'start') expect(label.x).toBeGreaterThan(p.x);
      if (label.anchor === 'end') expect(label.x).toBeLessThan(p.x);
      if (label.anchor === 'middle') expect(Math.sign(label.y - p.y)).toBe(Math.sign(p.y - centre.y));
    }
    expect(placed.filter(({ label }) => label.anchor === 'middle')).toHaveLength(2); // top and bottom only
  });
});
