// npm run bench -- scale: build time of generated corpora (200, 1,000 and 5,000 concepts) beside a
// default Starlight site of 1,000 Markdown pages, built in the same run with the same astro binary.
// Builds are interleaved (one of each per round) so a burst of load on a shared machine hits every
// site alike rather than one of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus, proseBody } from '../generate-corpus.ts';
import { directorySize } from './page-weight.ts';

const ASTRO = resolve('node_modules/.bin/astro');

export interface ScaleBuild {
  site: string;
  concepts?: number;
  pages: number;
  buildSeconds: number[];
  medianBuildSeconds: number;
  distBytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A minimal default Starlight project with `count` Markdown pages of about 300 words each. */
export function scaffoldStarlight(root: string, count: number): void {
  rmSync(root, { recursive: true, force: true });
  const docs = join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), [
    "import { defineConfig } from 'astro/config';",
    "import starlight from '@astrojs/starlight';",
    '',
    "export default defineConfig({ integrations: [starlight({ title: 'Starlight baseline' })] });",
    '',
  ].join('\n'));
  writeFileSync(join(root, 'src/content.config.ts'), [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    '',
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    '',
  ].join('\n'));
  // The dependencies are installed in the repository's node_modules; listing them tells Astro to
  // bundle Starlight (which imports astro: modules) rather than load it from node_modules as is.
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } })}\n`);
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? 'index' : `page-${String(i).padStart(5, '0')}`;
    writeFileSync(join(docs, `${name}.md`), `---\ntitle: Page ${i}\ndescription: A generated page of about 300 words.\n---\n\n${proseBody(1, i)}`);
  }
}

/**
 * One cold build: Astro's content store (node_modules/.astro) and Converge's layout cache
 * (node_modules/.cache/converge) are removed first, for Starlight and Converge alike, so every
 * build parses and renders all content as a first build in CI would, and interleaving corpora
 * does not leave one site's store to the next.
 */
function build(label: string, cwd: string, outDir: string, env: Record<string, string> = {}): number {
  for (const cache of ['node_modules/.astro', 'node_modules/.cache/converge']) rmSync(join(cwd, cache), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(ASTRO, ['build', '--outDir', outDir], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build of ${label} failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return (performance.now() - started) / 1000;
}

const countPages = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/** Builds every site `runs` times, round by round, and returns their medians. */
export function benchScale(runs: number, sizes = [200, 1000, 5000], starlightPages = 1000): ScaleBuild[] {
  const sites: { site: string; concepts?: number; cwd: string; outDir: string; env?: Record<string, string> }[] = [];
  const starlightRoot = resolve('.bench/starlight');
  scaffoldStarlight(starlightRoot, starlightPages);
  sites.push({ site: `Starlight, ${starlightPages.toLocaleString('en')} Markdown pages`, cwd: starlightRoot, outDir: join(starlightRoot, 'dist') });
  for (const size of sizes) {
    const corpus = resolve(`.bench/corpus-${size}`);
    generateCorpus(corpus, size, 1);
    sites.push({ site: `Converge, ${size.toLocaleString('en')} generated concepts`, concepts: size, cwd: process.cwd(), outDir: resolve(`.bench/dist-scale-${size}`), env: { CONVERGE_CONTENT_DIR: corpus } });
  }
  const times = sites.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    sites.forEach((s, i) => {
      times[i]!.push(build(s.site, s.cwd, s.outDir, s.env));
      process.stderr.write(`  ${s.site}: build ${run + 1}/${runs} ${times[i]!.at(-1)!.toFixed(1)} s\n`);
    });
  }
  return sites.map((s, i) => ({
    site: s.site,
    concepts: s.concepts,
    pages: countPages(s.outDir),
    buildSeconds: times[i]!,
    medianBuildSeconds: median(times[i]!),
    distBytes: directorySize(s.outDir),
  }));
}

/** The scale table: build medians, the ratio to Starlight, and seconds per 1,000 concepts. */
export function scaleTable(results: ScaleBuild[], machine: string, runs: number): string {
  const starlight = results.find((r) => r.concepts === undefined)!;
  const lines = [
    `Build time at scale, ${new Date().toISOString().slice(0, 10)} (${machine}); median of ${runs} cold builds, interleaved`,
    '',
    '| site | pages | build (median) | builds | per 1,000 concepts | ratio to Starlight | dist/ size |',
    '|---|---:|---:|---|---:|---:|---:|',
  ];
  for (const r of results) {
    const per = r.concepts ? `${((r.medianBuildSeconds / r.concepts) * 1000).toFixed(1)} s` : '';
    lines.push(`| ${r.site} | ${r.pages} | ${r.medianBuildSeconds.toFixed(1)} s | ${r.buildSeconds.map((s) => s.toFixed(1)).join(', ')} s | ${per} | ${(r.medianBuildSeconds / starlight.medianBuildSeconds).toFixed(2)} | ${(r.distBytes / 1024 / 1024).toFixed(1)} MB |`);
  }
  const at = (n: number) => results.find((r) => r.concepts === n);
  const [small, large] = [at(1000), at(5000)];
  if (small && large) {
    const growth = (large.medianBuildSeconds / 5000) / (small.medianBuildSeconds / 1000);
    lines.push('', `Growth from 1,000 to 5,000 concepts: ${small.medianBuildSeconds.toFixed(1)} s → ${large.medianBuildSeconds.toFixed(1)} s, ${((large.medianBuildSeconds / large.concepts!) * 1000).toFixed(1)} s per 1,000 concepts at 5,000 against ${((small.medianBuildSeconds / small.concepts!) * 1000).toFixed(1)} s at 1,000 (ratio ${growth.toFixed(2)}; at most 1.00 is linear or better)`);
  }
  return lines.join('\n');
}
