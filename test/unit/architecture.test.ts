import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pure core must stay runnable in Node, in a worker and in tests: no Astro, no DOM, no UI.
const CORE = ['src/schema', 'src/graph', 'src/assessment', 'src/search', 'src/authoring'];
const FORBIDDEN = [
  { pattern: /from ['"]astro(:|\/|['"])/, why: 'imports Astro' },
  { pattern: /from ['"][^'"]*components\//, why: 'imports a component' },
  // Not followed by `ts'`: a module named search-document.ts is not the DOM's document.
  { pattern: /\b(document|window|localStorage|navigator)\.(?!ts['"])/, why: 'touches the DOM' },
];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

describe('architecture', () => {
  it('keeps the core free of Astro, the DOM and components', () => {
    const offences = CORE.flatMap(sourceFiles).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ why }) => `${file} ${why}`);
    });
    expect(offences).toEqual([]);
  });

  // DESIGN.md's layers: schema ← graph ← assessment, search ← site ← components, pages (authoring sits beside site). A module
  // imports only from its own layer and those below; assessment and search do not import each other.
  const BELOW: Record<string, string[]> = {
    schema: [],
    graph: ['schema'],
    assessment: ['schema', 'graph'],
    search: ['schema', 'graph'],
    site: ['schema', 'graph', 'assessment', 'search'],
    // Scaffolds for `npm run new`: they read concepts and the assessment model, and nothing imports them but scripts.
    authoring: ['schema', 'graph', 'assessment'],
  };
  it('imports only from its own layer and the layers below it', () => {
    const offences = Object.entries(BELOW).flatMap(([layer, allowed]) =>
      sourceFiles(`src/${layer}`).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap(([, spec]) => {
          const [top, target] = join(dirname(file), spec!).split('/'); // src/<layer>/…
          // Data outside src/ (the catalogs in content/frameworks/) is no layer: any layer may read it.
          if (top !== 'src') return [];
          return target === layer || allowed.includes(target!) ? [] : [`${file} imports ${spec} (${target} is not below ${layer})`];
        }),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('has no files named for no job', () => {
    const vague = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)(utils|helpers|misc)\.ts$/.test(f));
    expect(vague).toEqual([]);
  });
});
