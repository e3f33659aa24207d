import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { readAssessmentModel } from '../assessment/read-model.ts';
import type { AssessmentModel } from '../schema/assessment.ts';
import { conceptSchema, relationsSchema } from '../schema/concept.ts';
import { didYouMean } from '../schema/did-you-mean.ts';
import { LAYER_FRAMEWORK_CLASHES } from '../schema/frameworks.ts';
import { issuesToProblems } from '../schema/issues.ts';
import { LAYER_CATALOGS, LAYER_ENV, layerDir, readLayerInfo } from '../schema/layer-catalogs.ts';
import { pathSchema, type PathData } from '../schema/path.ts';
import type { Concept } from '../graph/concept.ts';
import { checkIntegrity, checkPaths, type KnownFile } from '../graph/integrity.ts';
import type { ContentProblem } from '../schema/problem.ts';
import { listContentFiles, readConceptSource, type ConceptSource } from '../graph/read-concepts.ts';
import { checkWorkedArithmetic } from '../graph/worked-arithmetic.ts';
import type { Synonym } from '../schema/synonyms.ts';
import { readSynonyms } from '../search/read-synonyms.ts';
import { readQuizzes, type QuizFile } from './read-quizzes.ts';

export { LAYER_ENV, layerDir, readLayerInfo } from '../schema/layer-catalogs.ts';

/** A learning path whose frontmatter passed the schema. */
export interface LearningPath {
  id: string;
  file: string;
  data: PathData;
  lineOf?: ConceptSource['lineOf'];
}

export interface ContentReport {
  concepts: Concept[];
  paths: LearningPath[];
  /** The maturity model, when `content/assessment/` exists and is valid. */
  assessment?: AssessmentModel;
  /** Terms practitioners type and the concepts that cover them (`synonyms.yaml`), for search. */
  synonyms: Synonym[];
  /** Quizzes on learning paths (`content/quizzes/`), each checked against the paths and concepts. */
  quizzes: QuizFile[];
  problems: ContentProblem[];
}

/** Where content lives: `content/` at the root, or `CONVERGE_CONTENT_DIR` (used by the benchmark corpora). */
export function contentDir(root = process.cwd()): string {
  return process.env.CONVERGE_CONTENT_DIR ?? join(root, 'content');
}

/** Reads every file of one collection folder and validates its frontmatter against `schema`. */
function readCollection<S extends z.ZodType>(dir: string, schema: S, root: string, problems: ContentProblem[]) {
  const valid: { source: ConceptSource; data: z.infer<S> }[] = [];
  const invalid: ConceptSource[] = [];
  if (!existsSync(dir)) return { valid, invalid };
  for (const path of listContentFiles(dir)) {
    const { source, problems: readProblems } = readConceptSource(path, root);
    problems.push(...readProblems);
    if (!source) continue;
    const parsed = schema.safeParse(source.frontmatter);
    if (parsed.success) valid.push({ source, data: parsed.data });
    else {
      problems.push(...issuesToProblems(parsed.error.issues, source.frontmatter, schema, source));
      invalid.push(source);
    }
  }
  return { valid, invalid };
}

/** The layer a check ran with: its folder, for reading, and as the author named it, for messages. */
interface Layer {
  dir: string;
  /** The folder relative to the project root, as problems name it. */
  name: string;
}

/**
 * Reads and checks every concept, learning path, the assessment model and the search synonyms under `contentRoot`,
 * and an organization's layer on top (`layer`, by default the folder `CONVERGE_LAYER` names), collecting all problems in one pass.
 * The layer's internal catalogs are read from `CONVERGE_LAYER` when the schema loads, since mappings are checked as they parse.
 */
export function validateContent(contentRoot = contentDir(), root = process.cwd(), layerFolder: string | undefined = layerDir(root)): ContentReport {
  const problems: ContentProblem[] = [];
  const layer: Layer | undefined = layerFolder ? { dir: resolve(root, layerFolder), name: layerName(resolve(root, layerFolder), root) } : undefined;
  if (layer && !existsSync(layer.dir)) {
    problems.push({ file: layer.name, field: `(${LAYER_ENV})`, value: layerFolder, message: 'names no folder: point it at the folder that holds the layer\'s concepts/, paths/ and frameworks/' });
  }

  if (layer) problems.push(...readLayerInfo(layer.dir, root).problems);

  const ourFiles = readCollection(join(contentRoot, 'concepts'), conceptSchema, root, problems);
  const layerFiles = layer ? readCollection(join(layer.dir, 'concepts'), conceptSchema, root, problems) : { valid: [], invalid: [] };
  const conceptFiles = stackLayer(ourFiles, layerFiles, problems);
  const concepts: Concept[] = conceptFiles.valid.map(({ source, data }) => ({ id: source.id, file: source.file, data, lineOf: source.lineOf }));
  const known: KnownFile[] = [
    ...concepts.map(({ id, file }) => ({ id, file })),
    // A broken file still exists for references, and its relations are still checked so one run reports everything.
    ...conceptFiles.invalid.map((source) => {
      const relations = relationsSchema.safeParse((source.frontmatter as { relations?: unknown }).relations ?? {});
      return { id: source.id, file: source.file, lineOf: source.lineOf, relations: relations.success ? relations.data : undefined };
    }),
  ];
  problems.push(...checkIntegrity(concepts, known));
  // A worked example's sums are checked in every concept file that could be read, valid frontmatter or not.
  for (const source of [...conceptFiles.valid.map((c) => c.source), ...conceptFiles.invalid]) problems.push(...arithmeticProblems(source));

  const ourPaths = readCollection(join(contentRoot, 'paths'), pathSchema, root, problems);
  const layerPaths = layer ? readCollection(join(layer.dir, 'paths'), pathSchema, root, problems) : { valid: [], invalid: [] };
  const ourPathFiles = new Map([...ourPaths.valid.map((p) => p.source), ...ourPaths.invalid].map((source) => [source.id, source.file]));
  for (const { source } of layerPaths.valid) {
    const ours = ourPathFiles.get(source.id);
    if (ours) problems.push({ file: source.file, field: '(file name)', value: source.id, message: `has the same id as ${ours}: give the layer's learning path a name of its own` });
  }
  const paths: LearningPath[] = [...ourPaths.valid, ...layerPaths.valid.filter(({ source }) => !ourPathFiles.has(source.id))].map(({ source, data }) => ({ id: source.id, file: source.file, data, lineOf: source.lineOf }));
  problems.push(...checkPaths(paths, known));

  const knownConcepts = [...concepts.map((c) => ({ id: c.id, type: c.data.type })), ...conceptFiles.invalid.map(({ id }) => ({ id }))];
  const { model: assessment, problems: modelProblems } = readAssessmentModel(join(contentRoot, 'assessment'), knownConcepts, root);
  problems.push(...modelProblems);

  const { synonyms, problems: synonymProblems } = readSynonyms(join(contentRoot, 'synonyms.yaml'), knownConcepts.map((c) => c.id), root);
  problems.push(...synonymProblems);

  // A quiz on a path whose file is broken still names a path that exists: only its own faults are reported.
  const pathIds = [...paths.map((p) => p.id), ...ourPaths.invalid.map((s) => s.id), ...layerPaths.invalid.map((s) => s.id)];
  const { quizzes, problems: quizProblems } = readQuizzes(join(contentRoot, 'quizzes'), pathIds, knownConcepts.map((c) => c.id), root);
  problems.push(...quizProblems);

  if (layer && resolve(root, layerDir(root) ?? '') === layer.dir) {
    problems.push(...LAYER_CATALOGS.problems);
    for (const clash of LAYER_FRAMEWORK_CLASHES) {
      problems.push({ file: clash.file, field: 'framework', value: clash.framework, message: 'is already the id of one of Converge\'s frameworks: give the internal catalog an id of its own, such as acme-controls' });
    }
  }
  if (layer) {
    // Every problem in a layer file names the layer, so an author knows whose content to fix.
    for (const problem of problems) {
      const inside = relative(layer.dir, resolve(root, problem.file));
      if (!inside.startsWith('..') && !isAbsolute(inside)) problem.layer = layer.name;
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { concepts, paths, assessment, synonyms, quizzes, problems };
}

/** The rows of a concept's worked example whose calculation does not give its result, as content problems at their file line. */
function arithmeticProblems(source: ConceptSource): ContentProblem[] {
  return checkWorkedArithmetic(source.body).map((p) => ({
    file: source.file,
    line: source.bodyLine + p.line - 1,
    field: 'Worked example',
    value: p.found,
    message: p.message,
  }));
}

/** The layer's folder as problems name it: relative to the project when inside it, else absolute. */
function layerName(dir: string, root: string): string {
  const inside = relative(root, dir);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? dir : inside;
}

type Collection<T> = { valid: { source: ConceptSource; data: T }[]; invalid: ConceptSource[] };

/**
 * Puts the layer's concepts on top of ours. A layer concept with one of our ids replaces ours only
 * when it says `overrides: true`; otherwise both files are named and the layer's copy is set aside.
 */
function stackLayer<T extends { overrides?: boolean }>(ours: Collection<T>, theirs: Collection<T>, problems: ContentProblem[]): Collection<T> {
  const overrides = (source: ConceptSource) => (source.frontmatter as { overrides?: unknown } | null)?.overrides === true;
  const ourFile = new Map([...ours.valid.map((c) => c.source), ...ours.invalid].map((source) => [source.id, source.file]));
  for (const source of [...ours.valid.map((c) => c.source), ...ours.invalid]) {
    if (overrides(source)) problems.push({ file: source.file, line: source.lineOf(['overrides']), field: 'overrides', value: 'true', message: 'belongs only on a concept in an organization\'s layer, where it replaces ours: remove it here' });
  }
  const replaced = new Set<string>();
  const rejected = new Set<ConceptSource>();
  for (const source of [...theirs.valid.map((c) => c.source), ...theirs.invalid]) {
    const ours = ourFile.get(source.id);
    if (ours && overrides(source)) replaced.add(source.id);
    else if (ours) {
      problems.push({ file: source.file, field: '(file name)', value: source.id, message: `has the same id as ${ours}: mark it \`overrides: true\` to replace ours, or give it an id of its own` });
      rejected.add(source);
    } else if (overrides(source)) {
      problems.push({ file: source.file, line: source.lineOf(['overrides']), field: 'overrides', value: 'true', message: 'replaces no concept of ours: there is none with this id; remove `overrides` or rename the file', suggestion: didYouMean(source.id, ourFile.keys()) });
    }
  }
  const keep = (source: ConceptSource) => !rejected.has(source);
  return {
    valid: [...ours.valid.filter((c) => !replaced.has(c.source.id)), ...theirs.valid.filter((c) => keep(c.source))],
    invalid: [...ours.invalid.filter((s) => !replaced.has(s.id)), ...theirs.invalid.filter(keep)],
  };
}
