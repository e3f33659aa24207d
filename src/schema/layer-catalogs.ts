import { catalogSchema, indexCatalog, type IndexedCatalog } from './catalog.ts';
import { issuesToProblems } from './issues.ts';
import type { ContentProblem } from './problem.ts';
import { z } from './zod.ts';

/**
 * An organization's layer: a second content folder, named by `CONVERGE_LAYER`, read on top of
 * ours. Its internal control catalogs (`<layer>/frameworks/*.json`) are read here, in the lowest
 * layer, because the concept schema checks every mapping against the catalogs as it parses.
 */
export const LAYER_ENV = 'CONVERGE_LAYER';

/** Node's modules when running in Node; undefined in a browser bundle, which has no layer. */
function node() {
  const proc = (globalThis as { process?: NodeJS.Process }).process;
  if (!proc?.getBuiltinModule) return undefined;
  return { proc, fs: proc.getBuiltinModule('node:fs'), path: proc.getBuiltinModule('node:path') };
}

/** The layer folder as an absolute path, or undefined when no layer is configured. */
export function layerDir(root?: string): string | undefined {
  const n = node();
  const dir = n?.proc.env[LAYER_ENV]?.trim();
  if (!n || !dir) return undefined;
  return n.path.resolve(root ?? n.proc.cwd(), dir);
}

/**
 * An internal catalog: the same format as ours, with the framework's display name added (ours
 * live in frameworks.ts) and the provenance fields optional, since an organization's own
 * control list is its own source.
 */
export const layerCatalogSchema = catalogSchema.extend({
  name: z.string().trim().min(1),
  checkedAgainst: z.string().optional(),
  completeness: z.string().default('every control of the internal catalog'),
  licence: z.string().default('internal'),
  titles: z.boolean().default(true),
  sources: catalogSchema.shape.sources.optional().transform((s) => s ?? []),
});

/** An internal catalog with its display name. */
export interface LayerCatalog extends IndexedCatalog {
  name: string;
  /** Path of the catalog file relative to the project root, for messages. */
  file: string;
}

/** Reads every `<layer>/frameworks/*.json`; a malformed file is a problem naming it, not an exception. */
export function readLayerCatalogs(dir = layerDir(), root?: string): { catalogs: LayerCatalog[]; problems: ContentProblem[] } {
  const n = node();
  const catalogs: LayerCatalog[] = [];
  const problems: ContentProblem[] = [];
  if (!n || !dir) return { catalogs, problems };
  const folder = n.path.join(dir, 'frameworks');
  if (!n.fs.existsSync(folder)) return { catalogs, problems };
  for (const name of n.fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const path = n.path.join(folder, name);
    const file = n.path.relative(root ?? n.proc.cwd(), path) || path;
    let json: unknown;
    try {
      json = JSON.parse(n.fs.readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file, field: '', message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = layerCatalogSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, json, layerCatalogSchema, { file }));
      continue;
    }
    const data = parsed.data;
    const checkedAgainst = data.checkedAgainst ?? `${data.name} (${name})`;
    catalogs.push({ ...indexCatalog({ ...data, checkedAgainst }), name: data.name, file });
  }
  return { catalogs, problems };
}

/** The layer's catalogs, read once when the schema is first imported, and what was wrong with them. */
export const LAYER_CATALOGS = readLayerCatalogs();

/** `<layer>/layer.json`: who the layer belongs to, named on the pages it overrides. */
export const layerInfoSchema = z.object({ name: z.string().trim().min(1) }).strict();

/** The organization's name from `layer.json`, "your organization" when the file is absent, and what was wrong with it. */
export function readLayerInfo(dir = layerDir(), root?: string): { name: string; problems: ContentProblem[] } {
  const fallback = { name: 'your organization', problems: [] };
  const n = node();
  if (!n || !dir) return fallback;
  const path = n.path.join(dir, 'layer.json');
  if (!n.fs.existsSync(path)) return fallback;
  const file = n.path.relative(root ?? n.proc.cwd(), path) || path;
  let json: unknown;
  try {
    json = JSON.parse(n.fs.readFileSync(path, 'utf8'));
  } catch (error) {
    return { ...fallback, problems: [{ file, field: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = layerInfoSchema.safeParse(json);
  if (!parsed.success) return { ...fallback, problems: issuesToProblems(parsed.error.issues, json, layerInfoSchema, { file }) };
  return { name: parsed.data.name, problems: [] };
}
