import { describe, expect, it } from 'vitest';
import { nodeOutline, outlinePath } from '../../src/graph/node-shapes.ts';
import { graphToSvg } from '../../src/graph/svg-export.ts';
import { NODE_TYPES } from '../../src/schema/vocabulary.ts';

describe('SVG export', () => {
  const nodes = [
    { id: 'a', title: 'Change <enablement>', type: 'practice' as const, x: 0, y: 0 },
    { id: 'b', title: 'Risk rating', type: 'control' as const, x: 100, y: 50 },
  ];
  const edges = [{ source: 'b', target: 'a', type: 'partOf' as const }, { source: 'b', target: 'gone', type: 'requires' as const }];

  it('draws every shown node and every edge between shown nodes, with escaped labels', () => {
    const svg = graphToSvg(nodes, edges, { labels: true, title: 'View' });
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<g>/g)).toHaveLength(2);
    expect(svg).toContain('Change &#60;enablement&#62;');
    expect(svg).not.toContain('<enablement>');
  });

  it('leaves labels out when they are switched off', () => {
    expect(graphToSvg(nodes, edges, { labels: false, title: 'View' })).not.toContain('<text');
  });
});

describe('node outlines', () => {
  it('stretches polygons to the node square when asked, as Cytoscape draws them', () => {
    for (const type of NODE_TYPES) {
      const outline = nodeOutline(type, 11, { fitSquare: true });
      if (outline.kind !== 'polygon') continue;
      const xs = outline.points.map(([x]) => x);
      const ys = outline.points.map(([, y]) => y);
      expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map((v) => Math.round(v * 1000) / 1000)).toEqual([-11, 11, -11, 11]);
    }
  });

  it('gives static drawings the same shape per type as the explorer', () => {
    const corners = (d: string) => (d.match(/ L /g)?.length ?? -1) + 1;
    expect(outlinePath('control', 0, 0, 9)).toMatch(/^M -9 0 a 9 9/); // ellipse
    expect(corners(outlinePath('metric', 0, 0, 9))).toBe(3); // triangle
    expect(corners(outlinePath('role', 0, 0, 9))).toBe(4); // diamond
    expect(corners(outlinePath('capability', 0, 0, 9))).toBe(5); // pentagon
    expect(corners(outlinePath('governance', 0, 0, 9))).toBe(6); // hexagon
    expect(corners(outlinePath('boundary', 0, 0, 9))).toBe(8); // octagon
    expect(corners(outlinePath('program', 0, 0, 9))).toBe(10); // star
    expect(outlinePath('practice', 0, 0, 9)).toContain(' q '); // rounded square
    expect(outlinePath('framework', 0, 0, 9)).toBe('M -9 -9 h 18 v 18 h -18 Z');
  });
});
