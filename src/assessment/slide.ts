import { wrapLabel } from './radar.ts';

/** One figure in the slide's left column: a label, the figure itself, and a line of detail. */
export interface SlideFact {
  label: string;
  value: string;
  detail?: string;
}

export interface Slide {
  /** The small line above the heading: what this picture is ("Maturity scorecard"). */
  kicker: string;
  /** Who it is about: organization · team. */
  heading: string;
  /** Perspective, date, assessor, model version, as one line. */
  subline: string;
  /** The first fact is drawn large: it is the headline figure. */
  facts: readonly SlideFact[];
  /** A standalone SVG (a radar) drawn in the right-hand panel, scaled to fit. */
  chart: string;
  /** The bottom line: where the picture came from. */
  footer: string;
}

/** 16:9 at half of 1920 × 1080: a PNG at 2× is full HD, and every text stays at least 15 px at this size. */
export const SLIDE = { width: 960, height: 540 } as const;

const INK = '#1a1d23';
const MUTED = '#4a5260';
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Cuts text that would run past `chars` characters, with an ellipsis. */
const fit = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text);

/**
 * A slide-ready picture (16:9 SVG, text kept as text) of a scorecard or comparison: title block
 * on top, the headline figures on the left, the chart on the right, the source at the bottom.
 * Colours are fixed dark-on-white, so the picture reads the same on any slide or in any theme.
 */
export function slideSvg(slide: Slide): string {
  const { width, height } = SLIDE;
  const margin = 40;
  const column = 330;
  const text = (x: number, y: number, size: number, content: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}"${extra}>${escape(content)}</text>`;

  const top = [
    text(margin, 52, 16, fit(slide.kicker.toUpperCase(), 80), ` fill="${MUTED}" letter-spacing="1.2" font-weight="600"`),
    text(margin, 90, 30, fit(slide.heading, 52), ' font-weight="700"'),
    text(margin, 118, 17, fit(slide.subline, 96), ` fill="${MUTED}"`),
    `<line x1="${margin}" y1="138" x2="${width - margin}" y2="138" stroke="${MUTED}" stroke-opacity="0.35"/>`,
  ].join('');

  let y = 176;
  const facts = slide.facts
    .map((fact, n) => {
      const headline = n === 0;
      const parts = [text(margin, y, 16, fact.label, ` fill="${MUTED}" font-weight="600"`)];
      y += headline ? 54 : 30;
      const values = headline ? [fit(fact.value, 12)] : wrapLabel(fact.value, 28).slice(0, 2);
      values.forEach((value, i) => {
        if (i > 0) y += 26;
        parts.push(text(margin, y, headline ? 52 : 22, i === 1 ? fit(value, 28) : value, ' font-weight="700"'));
      });
      for (const line of fact.detail ? wrapLabel(fact.detail, 36).slice(0, 2) : []) {
        y += 24;
        parts.push(text(margin, y, 17, line));
      }
      y += headline ? 36 : 32;
      return parts.join('');
    })
    .join('');

  // The chart keeps its own proportions inside the right-hand panel.
  const panel = { x: margin + column + 10, y: 148, width: width - margin * 2 - column - 10, height: height - 148 - 40 };
  const chart = slide.chart
    .replace(/^<svg /, `<svg x="${panel.x}" y="${panel.y}" width="${panel.width}" height="${panel.height}" preserveAspectRatio="xMidYMid meet" `)
    .replace(/ width="[\d.]+" height="[\d.]+"( role=)/, '$1');

  const footer = text(margin, height - 16, 14, fit(slide.footer, 110), ` fill="${MUTED}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="slide-title" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="${INK}" color="${INK}">` +
    `<title id="slide-title">${escape(`${slide.kicker}: ${slide.heading}`)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${top}${facts}<g color="${INK}">${chart}</g>${footer}</svg>`
  );
}
