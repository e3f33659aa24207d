import { extname, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatProblems, type ContentProblem } from '../schema/problem.ts';
import { contentDir, validateContent } from '../site/validate-content.ts';
import { layerDir } from '../schema/layer-catalogs.ts';
import { PROBLEMS_EVENT, PROBLEMS_REQUEST, type ProblemsMessage } from './dev-problems.ts';
import { withPages } from './problem-pages.ts';

/** Files whose change can change what the content checks find. */
const CONTENT_FILES = new Set(['.md', '.mdx', '.yaml', '.yml', '.json']);
/** Folders of generated files (Astro's data store is JSON) whose changes are not content changes. */
const GENERATED = /[\\/](?:\.astro|node_modules|dist|\.cache|\.bench|\.git)[\\/]/;
/** An editor's save is often several file events in a row (write, rename, chmod): check once after the burst. */
const DEBOUNCE_MS = 100;

interface CheckResult {
  concepts: number;
  problems: ContentProblem[];
}

/**
 * Runs validateContent() in a worker thread when it can (Node ≥ 23 loads the TypeScript sources
 * itself), else in the server's own thread: the same rules as the build, either way.
 */
function createChecker(logger: AstroIntegrationLogger): { check: () => Promise<CheckResult>; close: () => void } {
  const inProcess = async (): Promise<CheckResult> => {
    const { concepts, problems } = validateContent();
    return { concepts: concepts.length, problems };
  };
  let worker: Worker | undefined;
  try {
    const url = new URL('./content-worker.ts', import.meta.url);
    if (url.protocol === 'file:') worker = new Worker(url);
  } catch {
    worker = undefined;
  }
  if (!worker) return { check: inProcess, close: () => {} };
  worker.unref();
  let next = 0;
  const waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void }>();
  worker.on('message', (message: { id: number; error?: string } & CheckResult) => {
    const entry = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error) entry?.reject(new Error(message.error));
    else entry?.resolve(message);
  });
  worker.on('error', (error: Error) => {
    // e.g. a Node that cannot load .ts files in a worker: check in this thread from now on.
    logger.debug(`content worker unavailable (${error.message}); checking content in the server thread`);
    worker = undefined;
    for (const entry of waiting.values()) inProcess().then(entry.resolve, entry.reject);
    waiting.clear();
  });
  return {
    check: () => {
      if (!worker) return inProcess();
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage(id);
      });
    },
    close: () => void worker?.terminate(),
  };
}

/**
 * Re-checks the whole content on every content change while `astro dev` runs: prints every
 * problem (file, line, field, value, suggestion) in the terminal, says when they are all fixed,
 * and sends the list to the dev-only banner in open pages.
 */
export function watchContent(server: ViteDevServer, logger: AstroIntegrationLogger, options: { base: string; initial: CheckResult }) {
  const root = process.cwd();
  const contentRoot = resolve(contentDir(root));
  /** An organization's layer (CONVERGE_LAYER) is content too: its changes are checked the same way. */
  const layerRoot = layerDir(root);
  const hot = server.environments?.client?.hot ?? server.ws;
  const checker = createChecker(logger);
  let last = options.initial;
  let message: ProblemsMessage = { problems: withPages(last.problems, { root, contentRoot, base: options.base }) };
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const started = performance.now();
      const result = await checker.check();
      const ms = Math.round(performance.now() - started);
      if (result.problems.length > 0) logger.warn(`${formatProblems(result.problems)}\n(checked in ${ms} ms; the build refuses this content)`);
      else if (last.problems.length > 0) logger.info(`Content problems fixed: ${result.concepts} concepts valid.`);
      last = result;
      message = { problems: withPages(result.problems, { root, contentRoot, base: options.base }) };
      hot.send(PROBLEMS_EVENT, message);
    } catch (error) {
      logger.error(`content check failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };

  const changed = (path: string) => {
    if (!CONTENT_FILES.has(extname(path))) return;
    // (the content itself may sit in one of those folders, e.g. a benchmark corpus in .bench/)
    const inContent = [contentRoot, layerRoot].some((dir) => dir && resolve(path).startsWith(dir + sep));
    if (!inContent && GENERATED.test(path)) return;
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  // A first check now loads the rules into the worker, so the first edit is answered as fast as the next.
  void checker.check().then((result) => {
    if (timer === undefined && !running) {
      last = result;
      message = { problems: withPages(result.problems, { root, contentRoot, base: options.base }) };
    }
  }, () => {});
  // The content folder may lie outside the project (CONVERGE_CONTENT_DIR): watch it explicitly.
  server.watcher.add(contentRoot);
  if (layerRoot) server.watcher.add(layerRoot);
  server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
  // A page that has just loaded asks for the problems known so far.
  hot.on(PROBLEMS_REQUEST, (_data: unknown, client: { send: (event: string, payload: unknown) => void }) => client.send(PROBLEMS_EVENT, message));
  server.httpServer?.once('close', () => {
    clearTimeout(timer);
    checker.close();
  });
}
