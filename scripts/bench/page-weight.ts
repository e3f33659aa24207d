import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Total bytes of every file under `dir`. */
export function directorySize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
}

/**
 * The JavaScript a page makes the browser load on arrival: its inline scripts, its script and
 * modulepreload URLs, and every module those import statically. Raw and gzip bytes.
 */
export function pageJavaScript(distDir: string, base: string, pageFile: string, options: { exclude?: string } = {}): { raw: number; gzip: number; files: string[] } {
  const doc = parse(readFileSync(pageFile, 'utf8'));
  const chunks: Buffer[] = doc.querySelectorAll('script:not([src])').map((s) => Buffer.from(s.text));
  const pending = [
    ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...doc.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!),
  ].map((src) => join(distDir, src.replace(base, '/')));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file) || file === options.exclude) continue;
    seen.add(file);
    const code = readFileSync(file);
    chunks.push(code);
    for (const [, spec] of code.toString().matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      pending.push(spec!.startsWith('/') ? join(distDir, spec!.replace(base, '/')) : join(dirname(file), spec!));
    }
  }
  const all = Buffer.concat(chunks);
  return { raw: all.length, gzip: all.length ? gzipSync(all).length : 0, files: [...seen] };
}

/** Raw and gzip bytes of some files, gzipped together as pageJavaScript does. */
export function filesWeight(files: readonly string[]): { raw: number; gzip: number; files: string[] } {
  const all = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: all.length, gzip: all.length ? gzipSync(all).length : 0, files: [...files] };
}
