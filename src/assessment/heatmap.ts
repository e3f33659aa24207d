import type { Aggregate } from './aggregate.ts';

/**
 * The light heat ramp, level 0 to 4 (after ColorBrewer YlGnBu, colour-blind safe): lightness
 * from L* 96 down to L* 58, so neighbouring levels differ by about 10 L*. Dark text (#1a1d23)
 * keeps 4.9:1 or more on every shade. scorecard-aggregate.css repeats these for the page.
 */
export const HEAT_LIGHT = ['#fcf3cc', '#c7e5a4', '#86cbb0', '#54aac6', '#4b8fcc'] as const;

/** "Incident" from "Incident and problem management": a column header short enough for a narrow cell. */
export function shortDimensionLabel(title: string): string {
  const short = title
    .replace(/\s+management$/i, '')
    .split(/\s+(?:and|in|&)\s+/i)[0]!
    .trim();
  return short || title;
}

export interface HeatmapOptions {
  /** Row labels, one per team (default: the teams' labels). */
  labels?: readonly string[];
  /** Prefix of the ids inside the picture, unique on the page that shows it. */
  id?: string;
  /** The level names, 0 to 4, for the key. */
  levels: readonly { name: string }[];
  /** Draw at most this many teams; a last row says how many more the figures count. */
  maxRows?: number;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fit = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text);
const INK = '#1a1d23';
const MUTED = '#4a5260';

/**
 * The heatmap as a standalone SVG (text kept as text), dark on white: a row per team, a column per
 * dimension plus the overall, each cell shaded by level with its score and level number written,
 * ▼ where the team is below its own target, short dimension labels (full titles as tooltips), and a key.
 */
export function heatmapSvg(aggregate: Aggregate, options: HeatmapOptions): string {
  const id = options.id ?? 'heatmap';
  // Past `maxRows` the picture draws the first teams only: a thousand rows would be hairlines.
  const teams = options.maxRows !== undefined && aggregate.teams.length > options.maxRows ? aggregate.teams.slice(0, options.maxRows) : aggregate.teams;
  const more = aggregate.teams.length - teams.length;
  const labels = (options.labels ?? aggregate.teams.map((t) => t.label)).slice(0, teams.length);
  const font = 13;
  const cell = { width: 46, height: 34 };
  const columns = [...aggregate.dimensions.map((d) => ({ short: shortDimensionLabel(d.title), title: d.title })), { short: 'Overall', title: 'Overall score and level' }];
  // Team labels on up to two lines; the column is as wide as the longest line needs (about 0.62 em a semibold character).
  const rowLines = labels.map((label) => {
    const words = label.split(' ');
    if (label.length <= 22) return [label];
    let cut = 1;
    while (cut < words.length && words.slice(0, cut + 1).join(' ').length <= 22) cut++;
    return [words.slice(0, cut).join(' '), fit(words.slice(cut).join(' '), 22)];
  });
  const labelWidth = Math.min(190, Math.max(70, Math.ceil(Math.max(...rowLines.flat().map((l) => l.length)) * font * 0.62) + 10));
  // Dimension labels are set at 45°, so long ones take height and reach a little past the last column.
  const longest = Math.max(...columns.map((c) => c.short.length));
  const rise = Math.ceil(longest * 12 * 0.56 * Math.SQRT1_2) + 14;
  const gap = 8; // between the dimensions and the overall column
  const x0 = labelWidth;
  const colX = (i: number) => x0 + i * cell.width + (i === columns.length - 1 ? gap : 0);
  const gridRight = colX(columns.length - 1) + cell.width;
  const y0 = rise;
  const rows = aggregate.teams.length;
  const gridBottom = y0 + (teams.length + (more ? 1 : 0)) * cell.height;

  const parts: string[] = [];
  columns.forEach((c, i) => {
    const cx = colX(i) + cell.width / 2 - 4;
    parts.push(
      `<text transform="translate(${cx} ${y0 - 6}) rotate(-45)" font-size="12" font-weight="${i === columns.length - 1 ? 700 : 600}"><title>${escape(c.title)}</title>${escape(c.short)}</text>`,
    );
  });
  teams.forEach((team, r) => {
    const y = y0 + r * cell.height;
    const lines = rowLines[r]!;
    lines.forEach((line, k) => {
      const baseline = y + cell.height / 2 + 4.5 + (lines.length === 2 ? (k === 0 ? -7 : 8) : 0);
      parts.push(`<text x="${x0 - 8}" y="${baseline}" font-size="${lines.length === 2 ? 12 : font}" text-anchor="end" font-weight="600">${escape(line)}</text>`);
    });
    [...team.cells, { ...team.overall, below: false }].forEach((c, i) => {
      const x = colX(i);
      if (c.level === null || c.score === null) {
        parts.push(`<rect x="${x}" y="${y}" width="${cell.width}" height="${cell.height}" fill="#ffffff" stroke="#b9bec7" stroke-width="1"/>`);
        parts.push(`<text x="${x + cell.width / 2}" y="${y + cell.height / 2 + 4}" font-size="11" text-anchor="middle" fill="${MUTED}">n/s</text>`);
        return;
      }
      parts.push(`<rect x="${x}" y="${y}" width="${cell.width}" height="${cell.height}" fill="${HEAT_LIGHT[c.level]}" stroke="#ffffff" stroke-width="1.5"/>`);
      parts.push(`<text x="${x + cell.width / 2}" y="${y + 15}" font-size="${font}" text-anchor="middle" font-weight="700">${c.score.toFixed(1)}</text>`);
      parts.push(`<text x="${x + cell.width / 2}" y="${y + 28}" font-size="10.5" text-anchor="middle">L${c.level}</text>`);
      if (c.below) parts.push(`<text x="${x + cell.width - 3}" y="${y + 10}" font-size="8" text-anchor="end">▼</text>`);
    });
  });

  if (more) {
    const word = more === 1 ? 'team' : 'teams';
    parts.push(`<text x="${x0}" y="${y0 + teams.length * cell.height + cell.height / 2 + 4.5}" font-size="${font}" font-style="italic" fill="${MUTED}">+ ${more.toLocaleString('en')} more ${word}, not drawn: the figures count all ${rows.toLocaleString('en')}</text>`);
  }

  // The key: a swatch per level with its name, then the marker and "n/s".
  const keyItems = [
    ...options.levels.map((level, n) => ({ swatch: HEAT_LIGHT[n] ?? '#ffffff', text: `L${n} ${level.name}` })),
    { swatch: '', text: '▼ below the team’s target' },
    ...(teams.some((t) => t.cells.some((c) => c.level === null)) ? [{ swatch: '#ffffff', text: 'n/s not scored' }] : []),
  ];
  const keyWidth = Math.max(gridRight + 12, 420);
  let kx = 0;
  let ky = gridBottom + 24;
  keyItems.forEach((item) => {
    const w = (item.swatch ? 18 : 0) + Math.ceil(item.text.length * 12 * 0.55) + 14;
    if (kx + w > keyWidth && kx > 0) {
      kx = 0;
      ky += 20;
    }
    if (item.swatch) parts.push(`<rect x="${kx}" y="${ky - 11}" width="13" height="13" fill="${item.swatch}" stroke="#b9bec7" stroke-width="1"/>`);
    parts.push(`<text x="${kx + (item.swatch ? 18 : 0)}" y="${ky}" font-size="12" fill="${MUTED}">${escape(item.text)}</text>`);
    kx += w;
  });

  const width = Math.ceil(Math.max(gridRight + rise * 0.8, keyWidth));
  const height = ky + 8;
  const title = `Heatmap: score and level of ${more ? `the first ${teams.length} of ` : ''}${rows} team${rows === 1 ? '' : 's'} in ${aggregate.dimensions.length} dimensions and overall`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="${INK}">` +
    `<title id="${id}-title">${escape(title)}</title>${parts.join('')}</svg>`
  );
}
