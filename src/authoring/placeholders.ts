// Scaffolds mark every field an author still has to write with this prefix. The build accepts
// it (so a half-written page can be previewed), `npm run validate` lists what is left, the
// content tests refuse it and `npm run lock-model` will not release a model that holds it.

/** The prefix of every placeholder a scaffold writes. */
export const PLACEHOLDER = 'TODO:';

/** A line of a content file that still holds a placeholder. */
export interface Placeholder {
  /** 1-based line number. */
  line: number;
  /** The line, trimmed, for the report. */
  text: string;
}

/** Every line of `text` that still holds a scaffold placeholder. */
export function findPlaceholders(text: string): Placeholder[] {
  return text.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER) ? [{ line: index + 1, text: line.trim() }] : []));
}

/** One line per file: `file: 12 placeholders left, first on line 3`. */
export function formatPlaceholderReport(files: readonly { file: string; placeholders: readonly Placeholder[] }[]): string {
  const unfinished = files.filter((f) => f.placeholders.length > 0);
  const count = (n: number) => (n === 1 ? '1 placeholder' : `${n} placeholders`);
  return [
    `${unfinished.length === 1 ? '1 file is' : `${unfinished.length} files are`} not finished (text starting "${PLACEHOLDER}" from \`npm run new\`):`,
    ...unfinished.map(({ file, placeholders }) => `  ${file}:${placeholders[0]!.line}  ${count(placeholders.length)} left`),
  ].join('\n');
}
