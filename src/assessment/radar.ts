/** One spoke of the radar: a dimension, with one 0–4 score per series (null: not scored). */
export interface RadarAxis {
  label: string;
  values: (number | null)[];
}

/**
 * How a series is drawn. Every radar on the site plots the same quantity, the 0–4 score, so a
 * series differs only by role: `primary` (filled, solid, circles) is the one the page is about,
 * `secondary` (outline, squares) the one it is set against, `target` (dashed, no markers) the aim.
 * Colours are the Okabe–Ito colour-blind-safe pair; dash and marker tell them apart without colour.
 */
export type RadarRole = 'primary' | 'secondary' | 'target' | 'projection';

export interface RadarSeries {
  name: string;
  role: RadarRole;
  /** For `projection` series (a roadmap's phases, in order): which one, so each gets its own colour and marker. */
  index?: number;
}

export interface RadarOptions {
  /** The picture's accessible name. */
  title?: string;
  /** Radius of the outer ring (level 4), in SVG units. */
  radius?: number;
  /** Label text size, in SVG units; the picture grows around the labels, never the reverse. */
  fontSize?: number;
  /** Characters per label line. */
  wrap?: number;
  /** A unique id prefix, so two radars on one page do not share a title id. */
  id?: string;
}

/** The line under every radar legend: which quantity the spokes measure. */
export const RADAR_SCALE_NOTE = 'Score 0–4 (mean of the answers); rings mark levels 1–4';

type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';
interface SeriesStyle {
  colour: string;
  fill: boolean;
  dash?: string;
  marker: Marker;
  width: number;
}

const STYLE: Record<Exclude<RadarRole, 'projection'>, SeriesStyle> = {
  primary: { colour: '#0072b2', fill: true, marker: 'circle', width: 2.5 },
  secondary: { colour: '#d55e00', fill: false, marker: 'square', width: 2.5 },
  target: { colour: 'currentColor', fill: false, dash: '6 4', marker: 'none', width: 1.8 },
};
/**
 * The phases of a roadmap: outlines in the rest of the Okabe–Ito palette, each with its own
 * marker and dash, so the phases stay apart in grey print and for colour-blind readers.
 */
const PROJECTIONS: SeriesStyle[] = [
  { colour: '#009e73', fill: false, marker: 'triangle', width: 2.2 },
  { colour: '#cc79a7', fill: false, marker: 'diamond', dash: '9 3', width: 2.2 },
  { colour: '#d55e00', fill: false, marker: 'square', dash: '2 3', width: 2.2 },
  { colour: '#56b4e9', fill: false, marker: 'triangle', dash: '9 3 2 3', width: 2.2 },
  { colour: '#e69f00', fill: false, marker: 'diamond', dash: '2 3', width: 2.2 },
  { colour: '#999999', fill: false, marker: 'square', width: 2.2 },
];
const styleOf = (series: RadarSeries): SeriesStyle => (series.role === 'projection' ? PROJECTIONS[(series.index ?? 0) % PROJECTIONS.length]! : STYLE[series.role]);

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 10) / 10;
/** Average advance of a system sans-serif glyph, as a share of the font size: enough to size the picture. */
const GLYPH = 0.56;

/** Splits a label into lines of about `width` characters, so long dimension names stay legible. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function marker(kind: Marker, x: number, y: number, colour: string, size: number): string {
  if (kind === 'circle') return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(size / 2)}" fill="${colour}"/>`;
  if (kind === 'square') return `<rect x="${round(x - size / 2)}" y="${round(y - size / 2)}" width="${round(size)}" height="${round(size)}" fill="${colour}"/>`;
  const h = size * 0.65;
  const corners = kind === 'triangle' ? [[x, y - h], [x + h, y + h * 0.8], [x - h, y + h * 0.8]] : kind === 'diamond' ? [[x, y - h], [x + h, y], [x, y + h], [x - h, y]] : [];
  return corners.length ? `<polygon points="${corners.map((c) => c.map(round).join(',')).join(' ')}" fill="${colour}"/>` : '';
}

/**
 * A standalone SVG radar of scores 0–4: one spoke per axis, one polygon per series, a legend and
 * the scale note below. It is a picture (`role="img"` with a title); a table beside it carries
 * the numbers. Unscored values sit at the centre; a spoke that no series scores says "not scored". The view box
 * is fitted to the labels, so the picture can be scaled to any width without clipping them.
 */
export function radarSvg(axes: readonly RadarAxis[], series: readonly RadarSeries[], options: RadarOptions = {}): string {
  const { title = 'Score by dimension', radius = 150, fontSize = 13, wrap = 16, id = 'radar' } = options;
  const line = fontSize * 1.15;
  const angle = (i: number) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const point = (i: number, value: number) => [Math.cos(angle(i)) * (radius * value) / 4, Math.sin(angle(i)) * (radius * value) / 4] as const;

  const rings = [1, 2, 3, 4]
    .map((level) => `<polygon points="${axes.map((_, i) => point(i, level).map(round).join(',')).join(' ')}" fill="none" stroke="currentColor" stroke-opacity="${level === 4 ? 0.35 : 0.2}"/>`)
    .join('');
  const spokes = axes.map((_, i) => `<line x1="0" y1="0" x2="${round(point(i, 4)[0])}" y2="${round(point(i, 4)[1])}" stroke="currentColor" stroke-opacity="0.2"/>`).join('');
  // Ring numbers sit just right of the top spoke, inside each ring.
  const ringLabels = [1, 2, 3, 4].map((level) => `<text x="4" y="${round(-(radius * level) / 4 + fontSize * 0.85)}" font-size="${round(fontSize * 0.8)}" fill-opacity="0.65">${level}</text>`).join('');

  let [minX, maxX, minY, maxY] = [-radius, radius, -radius, radius];
  const labels = axes
    .map((axis, i) => {
      const [x, y] = point(i, 4 + (fontSize * 0.9 * 4) / radius);
      const cos = Math.cos(angle(i));
      const sin = Math.sin(angle(i));
      const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
      const lines = wrapLabel(axis.label, wrap);
      if (series.every((s, n) => s.role === 'target' || axis.values[n] === null || axis.values[n] === undefined)) lines.push('(not scored)');
      const height = lines.length * line;
      // Labels above the centre grow upwards, below it downwards, beside it around their middle.
      const top = Math.abs(sin) < 0.2 ? y - height / 2 : sin < 0 ? y - height : y;
      const width = Math.max(...lines.map((l) => l.length)) * fontSize * GLYPH;
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      [minX, maxX, minY, maxY] = [Math.min(minX, left), Math.max(maxX, left + width), Math.min(minY, top), Math.max(maxY, top + height)];
      const tspans = lines.map((text, n) => `<tspan x="${round(x)}" dy="${n ? round(line) : 0}"${text === '(not scored)' ? ' fill-opacity="0.7"' : ''}>${escape(text)}</tspan>`).join('');
      return `<text x="${round(x)}" y="${round(top + fontSize * 0.9)}" text-anchor="${anchor}" font-size="${fontSize}">${tspans}</text>`;
    })
    .join('');

  const polygons = series
    .map((s, n) => {
      const style = styleOf(s);
      const points = axes.map((axis, i) => point(i, axis.values[n] ?? 0).map(round).join(',')).join(' ');
      const markers = axes.map((axis, i) => marker(style.marker, ...point(i, axis.values[n] ?? 0), style.colour, fontSize * 0.6)).join('');
      return (
        `<g><polygon points="${points}" fill="${style.fill ? style.colour : 'none'}" fill-opacity="0.22" stroke="${style.colour}" stroke-width="${style.width}"` +
        `${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-linejoin="round"/>${markers}</g>`
      );
    })
    .join('');

  // The legend: the series side by side (the primary first), then the scale note, under the chart;
  // a legend wider than the chart (a roadmap's phases) wraps onto more rows.
  const legendTop = maxY + fontSize * 1.2;
  let legendY = legendTop + fontSize * 0.5;
  let legendX = minX;
  let legendRight = minX;
  const rowWidth = Math.max(maxX - minX, RADAR_SCALE_NOTE.length * fontSize * 0.85 * GLYPH);
  const legend = [...series]
    .sort((a, b) => Number(b.role === 'primary') - Number(a.role === 'primary'))
    .map((s) => {
      const style = styleOf(s);
      const width = fontSize * 2.8 + s.name.length * fontSize * GLYPH;
      if (legendX > minX && legendX + width > minX + rowWidth) {
        legendX = minX;
        legendY += fontSize * 1.5;
      }
      const item =
        `<line x1="${round(legendX)}" y1="${round(legendY)}" x2="${round(legendX + fontSize * 2.2)}" y2="${round(legendY)}" stroke="${style.colour}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>` +
        marker(style.marker, legendX + fontSize * 1.1, legendY, style.colour, fontSize * 0.6) +
        `<text x="${round(legendX + fontSize * 2.8)}" y="${round(legendY + fontSize * 0.35)}" font-size="${fontSize}">${escape(s.name)}</text>`;
      legendRight = Math.max(legendRight, legendX + width);
      legendX += width + fontSize * 1.5;
      return item;
    })
    .join('');
  const noteY = legendY + fontSize * 1.6;
  const note = `<text x="${round(minX)}" y="${round(noteY + fontSize * 0.3)}" font-size="${round(fontSize * 0.85)}" fill-opacity="0.75">${escape(RADAR_SCALE_NOTE)}</text>`;
  maxX = Math.max(maxX, legendRight, minX + RADAR_SCALE_NOTE.length * fontSize * 0.85 * GLYPH);
  maxY = noteY + fontSize * 0.6;

  const pad = fontSize * 0.6;
  const [x0, y0, w, h] = [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad].map(round) as [number, number, number, number];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${id}-title" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="currentColor">` +
    `<title id="${id}-title">${escape(title)}</title>${rings}${spokes}${ringLabels}${polygons}${labels}${legend}${note}</svg>`
  );
}
