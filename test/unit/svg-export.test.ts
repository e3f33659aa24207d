import { describe, expect, it } from 'vitest';
import { graphToSvg } from '../../src/graph/svg-export.ts';

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
