import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isNode, parseDocument } from 'yaml';
import type { ContentProblem } from '../schema/problem.ts';

/** A parsed YAML document with the line of any field, for error messages. */
export interface YamlSource {
  /** Path relative to the project root, as printed in errors. */
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

type Parsed = { source?: YamlSource; problems: ContentProblem[] };

/**
 * The last parse of each file. The dev server re-checks the whole content on every change, and
 * parsing YAML with line positions is most of that work: a file whose text is unchanged is not
 * parsed again. One entry per file, so the cache is as large as the content.
 */
const lastParse = new Map<string, { text: string; firstLine: number; parsed: Parsed }>();

/**
 * Parses YAML text; syntax errors become problems, not exceptions. `firstLine` is the line of
 * the file the text starts on (2 for frontmatter, after the opening `---`).
 */
export function parseYaml(text: string, file: string, firstLine = 1): Parsed {
  const last = lastParse.get(file);
  const parsed = last && last.text === text && last.firstLine === firstLine ? last.parsed : parseYamlText(text, file, firstLine);
  lastParse.set(file, { text, firstLine, parsed });
  // A copy of the data: whoever reads it may change it, and the cached parse must stay as parsed.
  return parsed.source ? { source: { ...parsed.source, data: structuredClone(parsed.source.data) }, problems: parsed.problems } : parsed;
}

function parseYamlText(text: string, file: string, firstLine: number): Parsed {
  const doc = parseDocument(text, { prettyErrors: false });
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        field: '',
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { source: { file, data: doc.toJS() ?? {}, lineOf }, problems: [] };
}

/** Reads and parses a YAML file. */
export function readYamlFile(path: string, root = process.cwd()) {
  return parseYaml(readFileSync(path, 'utf8'), relative(root, path) || path);
}
