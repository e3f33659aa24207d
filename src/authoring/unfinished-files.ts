import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findPlaceholders, type Placeholder } from './placeholders.ts';

const FOLDERS = ['concepts', 'paths', 'assessment'];

/**
 * Every authored file under `contentRoot` that still holds a scaffold placeholder: in `folders`
 * (concepts, paths and the assessment model by default) and `synonyms.yaml`.
 */
export function unfinishedFiles(contentRoot: string, root = process.cwd(), folders = FOLDERS): { file: string; placeholders: Placeholder[] }[] {
  const files = folders.flatMap((folder) => {
    const dir = join(contentRoot, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
      .map((f) => join(dir, f));
  });
  const synonyms = join(contentRoot, 'synonyms.yaml');
  if (folders === FOLDERS && existsSync(synonyms)) files.push(synonyms);
  return files
    .sort()
    .map((path) => ({ file: relative(root, path) || path, placeholders: findPlaceholders(readFileSync(path, 'utf8')) }))
    .filter((f) => f.placeholders.length > 0);
}
