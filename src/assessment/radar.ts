/** One spoke of the radar: a dimension, with up to two series of 0–4 values. */
export interface RadarAxis {
  label: string;
  values: (number | null)[];
}

export interface RadarSeries {
  name: string;
  /** Colour-blind-safe pairs (Okabe–Ito): the series are also told apart by dash and marker. */
  colour: string;
  dashed?: boolean;
  filled?: boolean;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Splits a label into lines of about `width` characters, so long dimension names stay legible. */
function wrap(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A standalone SVG radar chart of levels 0–4: one spoke per axis, one polygon per series. It is
 * a picture only (`role="img"` with a title); the results table beside it carries the numbers.
 * Unscored values are drawn at the centre and the label says "not scored".
 */
export function radarSvg(axes: readonly RadarAxis[], series: readonly RadarSeries[], { title = 'Maturity by dimension', size = 520 } = {}): string {
  const centre = size / 2;
  const pad = 50;
  const radius = size / 2 - 110;
  const angle = (i: number) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const point = (i: number, value: number) => [centre + Math.cos(angle(i)) * (radius * value) / 4, centre + Math.sin(angle(i)) * (radius * value) / 4] as const;
  const rings = [1, 2, 3, 4]
    .map((level) => `<polygon points="${axes.map((_, i) => point(i, level).map(round).join(',')).join(' ')}" fill="none" stroke="currentColor" stroke-opacity="0.25"/>`)
    .join('');
  // Ring numbers sit just inside each ring, clear of the top axis label.
  const ringLabels = [1, 2, 3, 4].map((level) => `<text x="${centre + 4}" y="${round(centre - (radius * level) / 4 + 12)}" font-size="11" fill-opacity="0.7">${level}</text>`).join('');
  const spokes = axes.map((_, i) => `<line x1="${centre}" y1="${centre}" x2="${round(point(i, 4)[0])}" y2="${round(point(i, 4)[1])}" stroke="currentColor" stroke-opacity="0.25"/>`).join('');
  const labels = axes
    .map((axis, i) => {
      const [x, y] = point(i, 4.45);
      const cos = Math.cos(angle(i));
      const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
      const lines = wrap(axis.label);
      const top = y - ((lines.length - 1) * 14) / 2 + 4;
      return `<text x="${round(x)}" y="${round(top)}" text-anchor="${anchor}" font-size="13">${lines.map((line, n) => `<tspan x="${round(x)}" dy="${n ? 14 : 0}">${escape(line)}</tspan>`).join('')}</text>`;
    })
    .join('');
  const polygons = series
    .map((s, n) => {
      const points = axes.map((axis, i) => point(i, axis.values[n] ?? 0).map(round).join(',')).join(' ');
      const markers = axes
        .map((axis, i) => {
          const [x, y] = point(i, axis.values[n] ?? 0).map(round) as [number, number];
          return n === 0 ? `<circle cx="${x}" cy="${y}" r="4" fill="${s.colour}"/>` : `<rect x="${x - 3.5}" y="${y - 3.5}" width="7" height="7" fill="${s.colour}"/>`;
        })
        .join('');
      return `<g><polygon points="${points}" fill="${s.filled ? s.colour : 'none'}" fill-opacity="0.22" stroke="${s.colour}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="7 5"' : ''}/>${markers}</g>`;
    })
    .join('');
  const legend = series
    .map((s, n) => {
      const y = size - 18 - (series.length - 1 - n) * 20;
      return `<line x1="16" y1="${y - 4}" x2="44" y2="${y - 4}" stroke="${s.colour}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="7 5"' : ''}/><text x="52" y="${y}" font-size="13">${escape(s.name)}</text>`;
    })
    .join('');
  return (
    // Side margins of `pad` keep long labels on the left and right spokes inside the picture.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} 0 ${size + 2 * pad} ${size}" width="${size + 2 * pad}" height="${size}" role="img" aria-labelledby="radar-title" font-family="system-ui, sans-serif" fill="currentColor">` +
    `<title id="radar-title">${escape(title)}</title>${rings}${spokes}${ringLabels}${polygons}${labels}${legend}</svg>`
  );
}
