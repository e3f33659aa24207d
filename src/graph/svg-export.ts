import { nodeOutline } from './node-shapes.ts';
import { NODE_TYPE_STYLE } from './node-types.ts';
import { RELATION_STYLE, type EdgeType } from './relations.ts';
import type { NodeType } from '../schema/vocabulary.ts';

export interface DrawnNode {
  id: string;
  title: string;
  type: NodeType;
  x: number;
  y: number;
}
export interface DrawnEdge {
  source: string;
  target: string;
  type: EdgeType;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function shape(node: DrawnNode, r: number): string {
  const fill = `fill="${NODE_TYPE_STYLE[node.type].colour}"`;
  const outline = nodeOutline(node.type, r);
  switch (outline.kind) {
    case 'circle': return `<circle cx="${node.x}" cy="${node.y}" r="${outline.r}" ${fill}/>`;
    case 'square': {
      const corner = outline.corner ? ` rx="${outline.corner}"` : '';
      return `<rect x="${node.x - outline.half}" y="${node.y - outline.half}" width="${2 * outline.half}" height="${2 * outline.half}"${corner} ${fill}/>`;
    }
    case 'polygon': {
      const points = outline.points.map(([dx, dy]) => `${(node.x + dx).toFixed(1)},${(node.y + dy).toFixed(1)}`).join(' ');
      return `<polygon points="${points}" ${fill}/>`;
    }
  }
}

/** A standalone SVG of the nodes and edges shown, with the same shapes, colours and line styles as the explorer. */
export function graphToSvg(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[], options: { labels: boolean; title: string }): string {
  const r = 12;
  const pad = 80;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = nodes.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 0, 0, 0];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const dash = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="2 3"' };
  const lines = edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) return [];
    const style = RELATION_STYLE[e.type];
    return [`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${style.colour}" stroke-width="1.5"${dash[style.line]} marker-end="url(#arrow)"><title>${escapeXml(`${a.title} ${e.type} ${b.title}`)}</title></line>`];
  });
  const shapes = nodes.map((n) => `<g>${shape(n, r)}<title>${escapeXml(n.title)}</title>${options.labels ? `<text x="${n.x}" y="${n.y + r + 14}" text-anchor="middle">${escapeXml(n.title)}</text>` : ''}</g>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}" font-family="system-ui, sans-serif" font-size="11" role="img">`,
    `<title>${escapeXml(options.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#5a6372"/></marker></defs>',
    `<rect x="${minX - pad}" y="${minY - pad}" width="${maxX - minX + 2 * pad}" height="${maxY - minY + 2 * pad}" fill="#ffffff"/>`,
    ...lines,
    ...shapes,
    '</svg>',
  ].join('\n');
}
