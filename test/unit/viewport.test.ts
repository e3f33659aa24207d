import { describe, expect, it } from 'vitest';
import { fitViewport, focusViewport, toScreen, ZOOM_LIMITS } from '../../src/graph/viewport.ts';

const size = { width: 800, height: 600 };
const onScreen = (p: { x: number; y: number }) => p.x >= 0 && p.x <= size.width && p.y >= 0 && p.y <= size.height;

describe('graph viewport from positions alone', () => {
  it('fits every node on screen, centred, with room around the outermost ones', () => {
    const points = [{ x: -1000, y: 200 }, { x: 3000, y: -500 }, { x: 500, y: 2500 }];
    const viewport = fitViewport(points, size);
    for (const p of points) {
      const s = toScreen(p, viewport);
      expect(onScreen(s)).toBe(true);
      expect(Math.min(s.x, s.y, size.width - s.x, size.height - s.y)).toBeGreaterThanOrEqual(40);
    }
    // As large as it can be: 10% more zoom about the centre pushes some node into the margin.
    const closer = { zoom: viewport.zoom * 1.1, pan: { x: size.width / 2 - (size.width / 2 - viewport.pan.x) * 1.1, y: size.height / 2 - (size.height / 2 - viewport.pan.y) * 1.1 } };
    expect(points.some((p) => { const s = toScreen(p, closer); return Math.min(s.x, s.y, size.width - s.x, size.height - s.y) < 40; })).toBe(true);
  });

  it('does not blow a lone node up to fill the screen', () => {
    const viewport = fitViewport([{ x: 10, y: 10 }], size);
    expect(viewport.zoom).toBeLessThanOrEqual(1.4);
    const s = toScreen({ x: 10, y: 10 }, viewport);
    expect(Math.abs(s.x - size.width / 2)).toBeLessThan(1);
  });

  it('keeps the zoom within the explorer limits for huge spreads', () => {
    expect(fitViewport([{ x: 0, y: 0 }, { x: 1e7, y: 1e7 }], size).zoom).toBe(ZOOM_LIMITS.min);
  });

  it('centres the focus exactly and keeps its whole neighbourhood on screen', () => {
    const focus = { x: 100, y: 100 };
    const around = [focus, { x: -900, y: 150 }, { x: 400, y: 900 }, { x: 150, y: -50 }];
    const viewport = focusViewport(focus, around, size);
    expect(toScreen(focus, viewport)).toEqual({ x: size.width / 2, y: size.height / 2 });
    for (const p of around) expect(onScreen(toScreen(p, viewport))).toBe(true);
  });
});
