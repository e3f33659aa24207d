import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseDocument, isNode } from 'yaml';
import type { ContentProblem } from './problem.ts';

/** A concept file as written: its id, raw frontmatter and body, before any validation. */
export interface ConceptSource {
  /** The file name without extension: the concept's id. */
  id: string;
  /** Path relative to the project root, as printed in errors. */
  file: string;
  frontmatter: unknown;
  body: string;
  /** The 1-based line of a frontmatter field, for error messages. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Every `.md`/`.mdx` file under `dir`, sorted so reports and ids come out in a stable order. */
export function listContentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ['.md', '.mdx'].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Splits a concept file into frontmatter and body; YAML errors become problems, not exceptions. */
export function readConceptSource(
  path: string,
  root = process.cwd(),
): { source?: ConceptSource; problems: ContentProblem[] } {
  const file = relative(root, path) || path;
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, field: '', message: 'has no frontmatter: start the file with a --- block' }] };
  }
  const yamlText = match[1]!;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const lineAt = (offset: number) => yamlText.slice(0, offset).split('\n').length + 1; // +1 for the opening ---
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
  return {
    source: {
      id: basename(path, extname(path)),
      file,
      frontmatter: doc.toJS() ?? {},
      body: text.slice(match[0].length),
      lineOf,
    },
    problems: [],
  };
}
