/**
 * A label broken into lines of at most `width` characters at spaces, for SVG text, which does
 * not wrap. Past `maxLines` the last line ends in "…"; a word longer than a line is cut.
 */
export function labelLines(text: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
