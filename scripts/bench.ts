// npm run bench: build time, pages, dist size and concept-page JavaScript, for the real content
// and for a generated corpus of 1,000 concepts; the graph page in Chromium; search query time
// and index size at 1,000 and 5,000 generated concepts; assessment scoring. Medians of repeated
// runs; machines are noisy.
// npm run bench -- graph: only the graph page (after one build of the real content), the quick
// loop while working on the explorer.
// npm run bench -- scale: only the scale builds (generated 200, 1,000 and 5,000 concepts beside a
// default Starlight site of 1,000 Markdown pages); the full run includes them too.
// npm run bench -- lighthouse: only Lighthouse (mobile defaults, served gzipped) on a concept page
// and the app pages, after one build of the real content; the full run includes it too.
// npm run bench -- scorecards: only the 1,000-scorecard figure (the engine reading them in Chromium,
// and the aggregate and timeline pages loading them), after one build of the real content; the
// full run includes it too.
// npm run bench -- content: only the content checks the dev server re-runs on every content change,
// on the real content and generated corpora of 150 and 1,000 concepts; the full run includes it too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';
import { directorySize, filesWeight, pageJavaScript } from './bench/page-weight.ts';
import { benchGraphPage, benchPlainCytoscape, explorerCanvas, graphPageScripts, type GraphBench } from './bench/graph.ts';
import { benchScoring } from './bench/score.ts';
import { benchSearch, searchTable } from './bench/search.ts';
import { benchScale, scaleTable } from './bench/scale.ts';
import { benchLighthouse, lighthouseTable, type LighthousePage } from './bench/lighthouse.ts';
import { smokeCheck } from './bench/smoke.ts';
import { benchScorecards, scorecardsTable } from './bench/scorecards.ts';
import { benchContentAll } from './bench/content.ts';
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const graphOnly = process.argv.slice(2).includes('graph');
const scaleOnly = process.argv.slice(2).includes('scale');
const lighthouseOnly = process.argv.slice(2).includes('lighthouse');
const scorecardsOnly = process.argv.slice(2).includes('scorecards');
const contentOnly = process.argv.slice(2).includes('content');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface BuildResult {
  corpus: string;
  concepts: number;
  buildSeconds: number[];
  medianBuildSeconds: number;
  pages: number;
  distBytes: number;
  conceptPageJs: { raw: number; gzip: number };
}

function benchBuild(corpus: string, contentDir: string | undefined, concepts: number, runs = RUNS): BuildResult {
  const outDir = resolve(`.bench/dist-${corpus.replace(/\W+/g, '-')}`);
  const buildSeconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync('astro', ['build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(contentDir ? { CONVERGE_CONTENT_DIR: contentDir } : {}) },
    });
    if (result.status !== 0) throw new Error(`build of ${corpus} failed:\n${result.stdout}\n${result.stderr}`);
    buildSeconds.push((performance.now() - started) / 1000);
    process.stderr.write(`  ${corpus}: build ${run + 1}/${runs} ${buildSeconds.at(-1)!.toFixed(1)} s\n`);
  }
  const htmlPages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const conceptPages = htmlPages.filter((f) => f.startsWith('concepts/') && f !== 'concepts/index.html');
  const js = conceptPages.map((f) => pageJavaScript(outDir, '/', join(outDir, f)));
  return {
    corpus,
    concepts,
    buildSeconds,
    medianBuildSeconds: median(buildSeconds),
    pages: htmlPages.length,
    distBytes: directorySize(outDir),
    conceptPageJs: { raw: Math.max(...js.map((j) => j.raw)), gzip: Math.max(...js.map((j) => j.gzip)) },
  };
}

mkdirSync('.bench', { recursive: true });
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const runScale = async () => {
  const scale = benchScale(RUNS);
  console.log(`\n${scaleTable(scale, machine, RUNS)}`);
  // The largest build must not only build but work.
  console.log(`\nSmoke check: ${await smokeCheck(resolve('.bench/dist-scale-5000'))}`);
  return scale;
};
// The content checks run in this process, before any build loads the machine.
const CONTENT_RUNS = Math.max(RUNS, 7);
const fullRun = !graphOnly && !scaleOnly && !lighthouseOnly && !scorecardsOnly && !contentOnly;
const contentChecks = !(contentOnly || fullRun) ? undefined : await benchContentAll(CONTENT_RUNS, (line) => process.stderr.write(`${line}\n`));
if (contentOnly) {
  console.log(`\n${contentChecks!.text}`);
  writeFileSync('.bench/content.json', JSON.stringify({ machine, date: new Date().toISOString(), runs: CONTENT_RUNS, checks: contentChecks!.checks, dev: contentChecks!.dev }, null, 2));
  console.log('\nRaw figures: .bench/content.json');
  process.exit(0);
}
if (scaleOnly) {
  const scale = await runScale();
  writeFileSync('.bench/scale.json', JSON.stringify({ machine, date: new Date().toISOString(), runs: RUNS, scale }, null, 2));
  console.log('\nRaw figures: .bench/scale.json');
  process.exit(0);
}
const realCount = readdirSync('content/concepts').filter((f) => /\.mdx?$/.test(f)).length;
// BENCH_DIST measures a site built elsewhere (another commit, a deploy) instead of building this one.
const runLighthouse = async () => {
  const pages = await benchLighthouse(resolve(process.env.BENCH_DIST ?? '.bench/dist-real-content'), undefined, RUNS, (line) => process.stderr.write(`${line}\n`));
  console.log(`\n${lighthouseTable(pages)}`);
  return pages;
};
if (lighthouseOnly) {
  if (!process.env.BENCH_DIST) benchBuild('real content', undefined, realCount, 1);
  const lighthouse = await runLighthouse();
  writeFileSync('.bench/lighthouse.json', JSON.stringify({ machine, date: new Date().toISOString(), runs: RUNS, lighthouse }, null, 2));
  console.log('\nRaw figures: .bench/lighthouse.json');
  process.exit(0);
}
// 1,000 scorecards read by the engine in Chromium and loaded into /aggregate/ and /timeline/.
const runScorecards = async (dist: string) => {
  const server = await serveStatic(dist, '/');
  const browser = await launchChromium();
  try {
    const data = JSON.parse(readFileSync(join(dist, 'assessment.json'), 'utf8'));
    const bench = await benchScorecards(browser, server.url, data, Math.max(RUNS, 5));
    console.log(`\n${scorecardsTable(bench, Math.max(RUNS, 5))}`);
    return bench;
  } finally {
    await browser.close();
    await server.close();
  }
};
if (scorecardsOnly) {
  if (!process.env.BENCH_DIST) benchBuild('real content', undefined, realCount, 1);
  const scorecards = await runScorecards(resolve(process.env.BENCH_DIST ?? '.bench/dist-real-content'));
  writeFileSync('.bench/scorecards.json', JSON.stringify({ machine, date: new Date().toISOString(), scorecards }, null, 2));
  console.log('\nRaw figures: .bench/scorecards.json');
  process.exit(0);
}
let results: BuildResult[];
if (graphOnly) {
  results = [benchBuild('real content', undefined, realCount, 1)];
} else {
  const corpusDir = resolve('.bench/corpus-1000');
  generateCorpus(corpusDir, 1000, 1);
  results = [benchBuild('real content', undefined, realCount), benchBuild('generated 1,000', corpusDir, 1000)];
}

// The graph page: its own JavaScript (Cytoscape's chunk aside), then draw and frame times in
// Chromium with generated graphs served in place of graph.json.
const realDist = resolve('.bench/dist-real-content');
// The search page loads the launcher plus, statically, the UI the launcher imports on first open.
const launcherJs = pageJavaScript(realDist, '/', join(realDist, 'concepts/change-enablement/index.html'));
const searchUiJs = pageJavaScript(realDist, '/', join(realDist, 'search/index.html'));
const graphRuns: GraphBench[] = [];
const server = await serveStatic(realDist, '/');
const browser = await launchChromium();
let graphJs = filesWeight([]);
let ownJs = filesWeight([]);
try {
  // What the browser loads for the graph page, up to the interactive graph: the page imports
  // Cytoscape itself once it runs, which no reading of the HTML alone would count.
  const scripts = (await graphPageScripts(browser, `${server.url}graph/`)).map((path) => join(realDist, path));
  graphJs = filesWeight(scripts);
  ownJs = filesWeight(scripts.filter((f) => !/\/cytoscape\.[^/]*\.m?js$/.test(f)));
  const cytoscapeFile = scripts.find((f) => /\/cytoscape\.[^/]*\.m?js$/.test(f))!;
  const canvas = await explorerCanvas(browser, `${server.url}graph/`);
  for (const size of [500, 2000, 5000]) {
    const run = await benchGraphPage(browser, `${server.url}graph/`, size, RUNS);
    // Side by side at 2,000 nodes: the same machine, minutes apart, so the ratio holds where absolute times vary.
    if (size === 2000) run.plainReadyMs = await benchPlainCytoscape(browser, server.url, `/${cytoscapeFile.slice(realDist.length + 1)}`, canvas, size, RUNS);
    graphRuns.push(run);
    const plain = run.plainReadyMs ? `, plain Cytoscape ${run.plainReadyMs.toFixed(0)} ms` : '';
    process.stderr.write(`  graph ${size}: first draw ${run.firstDrawMs.toFixed(0)} ms, interactive ${run.readyMs.toFixed(0)} ms${plain}, frame ${run.medianFrameMs.toFixed(1)} ms\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
// Search: query time and index weight at 1,000 and 5,000 generated concepts, in Node (the
// same V8 as Chromium) so the figures are the search's own, not the page's.
const searchRuns = (graphOnly ? [] : [1000, 5000]).map((concepts) => {
  const result = benchSearch(concepts, { naive: true });
  process.stderr.write(`  search ${concepts}: median query ${result.medianQueryMs.toFixed(1)} ms, index ${(result.index.gzip / 1024).toFixed(0)} KB gzip\n`);
  return result;
});
const scale = graphOnly ? [] : await runScale();
// The scale builds write to folders of their own: .bench/dist-real-content is still the real content.
const lighthousePages: LighthousePage[] = graphOnly ? [] : await runLighthouse();
const scorecardsRun = graphOnly ? undefined : await runScorecards(realDist);

if (!graphOnly) {
  console.log(`\nConverge build benchmark (${machine}); median of ${RUNS} builds\n`);
  console.log('| corpus | concepts | build (median) | builds | pages | dist/ size | JS per concept page (raw / gzip) |');
  console.log('|---|---:|---:|---|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.corpus} | ${r.concepts} | ${r.medianBuildSeconds.toFixed(1)} s | ${r.buildSeconds.map((s) => s.toFixed(1)).join(', ')} s | ${r.pages} | ${mb(r.distBytes)} | ${kb(r.conceptPageJs.raw)} / ${kb(r.conceptPageJs.gzip)} |`);
  }
}
console.log(`\nGraph page in headless Chromium (median of ${RUNS} loads; generated graphs, about 2.5 edges per node)\n`);
console.log('| nodes | edges | navigation to first drawn graph | to interactive graph | median frame during pan and zoom |');
console.log('|---:|---:|---:|---:|---:|');
for (const g of graphRuns) console.log(`| ${g.nodes} | ${g.edges} | ${g.firstDrawMs.toFixed(0)} ms | ${g.readyMs.toFixed(0)} ms | ${g.medianFrameMs.toFixed(1)} ms |`);
const at2000 = graphRuns.find((g) => g.nodes === 2000);
if (at2000) {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const ratio = at2000.readyMs / at2000.plainReadyMs!;
  console.log(`\nSide by side at 2,000 nodes: the explorer is interactive in ${at2000.readyMs.toFixed(0)} ms, plain Cytoscape (same library file, preset positions, default style with labels) draws in ${at2000.plainReadyMs!.toFixed(0)} ms: ratio ${ratio.toFixed(2)}`);
  console.log(`\nTargets at 2,000 nodes: first graph ≤ 600 ms ${verdict(at2000.firstDrawMs <= 600)}; interactive ≤ 1.5 × plain Cytoscape ${verdict(ratio <= 1.5)}; median frame ≤ 33 ms ${verdict(at2000.medianFrameMs <= 33)}; own JavaScript ≤ 30 KB gzip ${verdict(ownJs.gzip <= 30 * 1024)}`);
}
console.log(`\nGraph page JavaScript, Cytoscape aside: ${kb(ownJs.raw)} raw / ${kb(ownJs.gzip)} gzip (Cytoscape: ${kb(graphJs.raw - ownJs.raw)} raw / ${kb(graphJs.gzip - ownJs.gzip)} gzip)`);
if (contentChecks) console.log(`\n${contentChecks.text}`);
const scoring = benchScoring();
console.log(`\nAssessment scoring, ${scoring.dimensions} dimensions × ${scoring.questions / scoring.dimensions} questions (median of 2,000): score ${(scoring.scoreMs * 1000).toFixed(0)} µs; score + next steps + warnings ${(scoring.resultsMs * 1000).toFixed(0)} µs`);
if (!graphOnly) {
  console.log(`\n${searchTable(searchRuns)}`);
  console.log(`\nSearch JavaScript: the launcher on every page ${kb(launcherJs.raw)} raw / ${kb(launcherJs.gzip)} gzip; the search UI it imports on first open ${kb(searchUiJs.raw - launcherJs.raw)} raw / ${kb(searchUiJs.gzip - launcherJs.gzip)} gzip`);
}
const figures = { machine, date: new Date().toISOString(), runs: RUNS, scale, lighthouse: lighthousePages, results, scoring, graph: graphRuns, graphPageJs: { own: ownJs, total: { raw: graphJs.raw, gzip: graphJs.gzip } }, search: searchRuns, scorecards: scorecardsRun, content: contentChecks && { checks: contentChecks.checks, dev: contentChecks.dev }, searchJs: { launcher: launcherJs, searchPage: searchUiJs } };
writeFileSync(graphOnly ? '.bench/graph.json' : '.bench/build.json', JSON.stringify(figures, null, 2));
console.log(`\nRaw figures: ${graphOnly ? '.bench/graph.json' : '.bench/build.json'}`);
