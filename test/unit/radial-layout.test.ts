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

  it('keeps the labels of neighbours near the top or bottom apart, for any number of neighbours', () => {
    // A label is at most 22 characters (about 150 px) wide and two lines (34 px) tall.
    const WIDTH = 150;
    const extent = (l: ReturnType<typeof labelPlacement>) =>
      l.anchor === 'start' ? [l.x, l.x + WIDTH] : l.anchor === 'end' ? [l.x - WIDTH, l.x] : [l.x - WIDTH / 2, l.x + WIDTH / 2];
    const clashes: string[] = [];
    for (let count = 2; count <= 16; count++) {
      const { centre, around } = radialLayout(count, size);
      const labels = around.map((p) => labelPlacement(centre, p));
      labels.forEach((a, i) => labels.forEach((b, j) => {
        if (j <= i || Math.abs(a.y - b.y) >= 34 || a.y === around[i]!.y + 4 || b.y === around[j]!.y + 4) return; // sideways labels stack by their nodes
        const [a0, a1] = extent(a);
        const [b0, b1] = extent(b);
        if (a0! < b1! && b0! < a1!) clashes.push(`${count} neighbours: ${i} and ${j}`);
      }));
    }
    expect(clashes).toEqual([]);
  });
});
