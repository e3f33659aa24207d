import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from '../schema/zod.ts';
import { didYouMean } from '../schema/did-you-mean.ts';
import type { ContentProblem } from '../schema/problem.ts';
import { readYamlFile, type YamlSource } from '../graph/read-yaml.ts';
import { issuesToProblems } from '../schema/issues.ts';
import { dimensionSchema, modelFileSchema, type AssessmentModel, type Dimension, type Level } from '../schema/assessment.ts';

/** `versions.json`: for every released model version, a fingerprint of its content and its question ids. */
export const versionLockSchema = z.record(
  z.string().regex(/^[1-9][0-9]*$/),
  z.object({ hash: z.string(), questions: z.array(z.string()) }).strict(),
);
export type VersionLock = z.infer<typeof versionLockSchema>;

export const LOCK_FILE = 'versions.json';
export const LOCK_COMMAND = 'npm run lock-model';

/** What the concept checks know of a concept: enough to check a link and its kind. */
export interface KnownConcept {
  id: string;
  type?: string;
}

export interface ModelReport {
  /** The assembled model; absent when the folder is missing or a file is invalid. Use it only when `problems` is empty. */
  model?: AssessmentModel;
  problems: ContentProblem[];
}

/** A fingerprint of the model's content: any change to it, however small, changes the hash. */
export function modelHash(model: AssessmentModel): string {
  const { modelVersion: _version, ...content } = model;
  return `sha256:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}

/** Every question id of a model, in model order. */
export const questionIds = (model: AssessmentModel) => model.dimensions.flatMap((d) => d.questions.map((q) => q.id));

/**
 * Reads `content/assessment/` (model.yaml, dimensions/<id>.yaml, versions.json), validates
 * every file against the schema and checks what a schema cannot: links to concepts, unique
 * question ids, prerequisites without cycles, and a `modelVersion` bump for any change.
 * Returns `{ problems: [] }` without a model when the folder does not exist.
 */
export function readAssessmentModel(dir: string, concepts: readonly KnownConcept[], root = process.cwd()): ModelReport {
  const problems: ContentProblem[] = [];
  const modelPath = join(dir, 'model.yaml');
  if (!existsSync(dir)) return { problems };
  if (!existsSync(modelPath)) {
    return { problems: [{ file: relative(root, modelPath), field: '', message: 'is missing: the assessment model starts here (see content/README.md)' }] };
  }
  const modelFile = parseFile(modelPath, modelFileSchema, root, problems);
  if (!modelFile) return { problems };
  const { value: file, source: modelSource } = modelFile;

  const dimensions: Dimension[] = [];
  const dimensionSources = new Map<string, YamlSource>();
  file.dimensions.forEach((id, index) => {
    const path = join(dir, 'dimensions', `${id}.yaml`);
    if (!existsSync(path)) {
      problems.push({ file: modelSource.file, line: modelSource.lineOf(['dimensions', index]), field: `dimensions[${index}]`, value: id, message: `has no file ${relative(root, path)}` });
      return;
    }
    const parsed = parseFile(path, dimensionSchema, root, problems);
    if (!parsed) return;
    dimensions.push({ id, ...parsed.value });
    dimensionSources.set(id, parsed.source);
  });

  const model: AssessmentModel = { ...file, dimensions, targets: file.targets as Record<string, Level> };
  problems.push(...checkModel(model, file.dimensions, modelSource, dimensionSources, concepts));
  if (problems.length > 0) return { problems };
  problems.push(...checkVersionLock(model, dir, modelSource, root));
  if (problems.length === 0) problems.push(...checkMigrations(model, readVersionLock(dir), modelSource));
  // Returned even with an unreleased version, so `npm run lock-model` can release it.
  return { model, problems };
}

function parseFile<S extends z.ZodType>(path: string, schema: S, root: string, problems: ContentProblem[]) {
  const { source, problems: readProblems } = readYamlFile(path, root);
  problems.push(...readProblems);
  if (!source) return undefined;
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    problems.push(...issuesToProblems(parsed.error.issues, source.data, schema, source));
    return undefined;
  }
  return { value: parsed.data as z.infer<S>, source };
}

/** Cross-file rules: concept links, question ids, prerequisites, targets, warnings. */
function checkModel(
  model: AssessmentModel,
  listed: readonly string[],
  modelSource: YamlSource,
  dimensionSources: ReadonlyMap<string, YamlSource>,
  concepts: readonly KnownConcept[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const conceptIds = concepts.map((c) => c.id);
  const known = new Set(conceptIds);
  const at = (source: YamlSource, path: PropertyKey[], value: string, message: string, suggestion?: string): ContentProblem => ({
    file: source.file,
    line: source.lineOf(path),
    field: path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join(''),
    value,
    message,
    suggestion,
  });
  const missingConcept = (source: YamlSource, path: PropertyKey[], id: string) =>
    at(source, path, id, 'links to a concept that does not exist', didYouMean(id, conceptIds));

  const questionDimension = new Map<string, string>();
  const allIds = model.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  for (const dimension of model.dimensions) {
    const source = dimensionSources.get(dimension.id)!;
    dimension.concepts.forEach((id, i) => known.has(id) || problems.push(missingConcept(source, ['concepts', i], id)));
    dimension.questions.forEach((question, qi) => {
      const path = ['questions', qi];
      if (!question.id.startsWith(`${dimension.id}.`)) {
        problems.push(at(source, [...path, 'id'], question.id, `must start with its dimension id "${dimension.id}."`));
      }
      if (questionDimension.has(question.id)) {
        problems.push(at(source, [...path, 'id'], question.id, `is already the id of a question in dimension "${questionDimension.get(question.id)}"`));
      }
      questionDimension.set(question.id, dimension.id);
      question.concepts.forEach((id, i) => known.has(id) || problems.push(missingConcept(source, [...path, 'concepts', i], id)));
      question.requires.forEach((id, i) => {
        if (id === question.id) problems.push(at(source, [...path, 'requires', i], id, 'is the question itself'));
        else if (!allIds.includes(id)) problems.push(at(source, [...path, 'requires', i], id, 'is not a question of the model', didYouMean(id, allIds)));
      });
    });
  }
  for (const cycle of prerequisiteCycles(model)) {
    const [first] = cycle;
    const dimension = questionDimension.get(first!)!;
    const index = model.dimensions.find((d) => d.id === dimension)!.questions.findIndex((q) => q.id === first);
    problems.push(at(dimensionSources.get(dimension)!, ['questions', index, 'requires'], first!, `is part of a prerequisite cycle: ${cycle.join(' → ')} → ${first}`));
  }

  // The listed ids, not the assembled ones: a dimension whose file is broken still has a target.
  const dimensionIds = [...listed];
  for (const id of dimensionIds) {
    if (!(id in model.targets)) problems.push(at(modelSource, ['targets'], id, 'has no default target: add one under targets'));
  }
  for (const id of Object.keys(model.targets)) {
    if (!dimensionIds.includes(id)) problems.push(at(modelSource, ['targets', id], id, 'is not a dimension of the model', didYouMean(id, dimensionIds)));
  }
  const gap = model.perceptionGap;
  gap?.concepts.forEach((id, i) => known.has(id) || problems.push(missingConcept(modelSource, ['perceptionGap', 'concepts', i], id)));
  for (const [dimension, ids] of Object.entries(gap?.byDimension ?? {})) {
    if (!dimensionIds.includes(dimension)) problems.push(at(modelSource, ['perceptionGap', 'byDimension', dimension], dimension, 'is not a dimension of the model', didYouMean(dimension, dimensionIds)));
    ids.forEach((id, i) => known.has(id) || problems.push(missingConcept(modelSource, ['perceptionGap', 'byDimension', dimension, i], id)));
  }
  const types = new Map(concepts.map((c) => [c.id, c.type]));
  model.warnings.forEach((warning, wi) => {
    const path = ['warnings', wi];
    if (!known.has(warning.boundary)) problems.push(missingConcept(modelSource, [...path, 'boundary'], warning.boundary));
    else if (types.get(warning.boundary) !== 'boundary') {
      problems.push(at(modelSource, [...path, 'boundary'], warning.boundary, `is a ${types.get(warning.boundary)}, not a boundary concept`));
    }
    warning.when.forEach((condition, ci) =>
      condition.questions?.forEach((id, i) => {
        if (!allIds.includes(id)) problems.push(at(modelSource, [...path, 'when', ci, 'questions', i], id, 'is not a question of the model', didYouMean(id, allIds)));
      }),
    );
  });
  return problems;
}

/** Each cycle in the `requires` graph once, as the list of question ids around it. */
function prerequisiteCycles(model: AssessmentModel): string[][] {
  const requires = new Map(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.requires] as const)));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      cycles.push(stack.slice(stack.indexOf(id)));
      return;
    }
    state.set(id, 'open');
    stack.push(id);
    for (const next of requires.get(id) ?? []) if (requires.has(next)) visit(next);
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of requires.keys()) visit(id);
  return cycles;
}

/** The lock file as recorded, or an empty lock when there is none yet. */
export function readVersionLock(dir: string): VersionLock {
  const path = join(dir, LOCK_FILE);
  return existsSync(path) ? versionLockSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) : {};
}

/** Released scorecards name a model version: its content may never change under the same number. */
function checkVersionLock(model: AssessmentModel, dir: string, modelSource: YamlSource, root: string): ContentProblem[] {
  const lockFile = relative(root, join(dir, LOCK_FILE));
  let lock: VersionLock;
  try {
    lock = readVersionLock(dir);
  } catch (error) {
    return [{ file: lockFile, field: '', message: `cannot be read (${(error as Error).message.split('\n')[0]}); restore it from version control` }];
  }
  const version = model.modelVersion;
  const recorded = lock[String(version)];
  const latest = Math.max(0, ...Object.keys(lock).map(Number));
  const where = { file: modelSource.file, line: modelSource.lineOf(['modelVersion']), field: 'modelVersion', value: String(version) };
  if (recorded && recorded.hash !== modelHash(model)) {
    return [{ ...where, message: `is already released with different content: the model changed, so set modelVersion to ${latest + 1} and run \`${LOCK_COMMAND}\`` }];
  }
  if (!recorded && version < latest) {
    return [{ ...where, message: `is older than the latest released version ${latest}: a new model needs version ${latest + 1}` }];
  }
  if (!recorded) {
    return [{ ...where, message: `is not recorded in ${lockFile}: run \`${LOCK_COMMAND}\` to release it` }];
  }
  return [];
}

/** Question ids of every released version, and of the current model under its own version. */
export function questionsByVersion(model: AssessmentModel, lock: VersionLock): Map<number, string[]> {
  const versions = new Map(Object.entries(lock).map(([v, entry]) => [Number(v), entry.questions]));
  versions.set(model.modelVersion, questionIds(model));
  return versions;
}

/**
 * Every earlier released version needs a migration to the next one that accounts for each of
 * its questions the next version lacks, and names only questions that exist on both sides.
 */
function checkMigrations(model: AssessmentModel, lock: VersionLock, modelSource: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const versions = questionsByVersion(model, lock);
  const released = [...versions.keys()].filter((v) => v < model.modelVersion).sort((a, b) => a - b);
  const migrations = model.migrations ?? [];
  const at = (path: PropertyKey[], value: string, message: string, suggestion?: string): ContentProblem => ({
    file: modelSource.file,
    line: modelSource.lineOf(path),
    field: path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join(''),
    value,
    message,
    suggestion,
  });
  for (const version of released) {
    if (!migrations.some((m) => m.from === version)) {
      problems.push(at(['migrations'], String(version), `has no migration from released version ${version}: add one that renames or removes each question that changed`));
    }
  }
  migrations.forEach((migration, mi) => {
    const before = versions.get(migration.from);
    const nextVersion = [...versions.keys()].filter((v) => v > migration.from).sort((a, b) => a - b)[0];
    if (!before || nextVersion === undefined) {
      problems.push(at(['migrations', mi, 'from'], String(migration.from), 'is not an earlier released version'));
      return;
    }
    const after = new Set(versions.get(nextVersion)!);
    const renamed = migration.renamed ?? {};
    const removed = migration.removed ?? {};
    for (const [from, to] of Object.entries(renamed)) {
      if (!before.includes(from)) problems.push(at(['migrations', mi, 'renamed', from], from, `is not a question of version ${migration.from}`, didYouMean(from, before)));
      if (!after.has(to)) problems.push(at(['migrations', mi, 'renamed', from], to, `is not a question of version ${nextVersion}`, didYouMean(to, after)));
    }
    for (const id of Object.keys(removed)) {
      if (!before.includes(id)) problems.push(at(['migrations', mi, 'removed', id], id, `is not a question of version ${migration.from}`, didYouMean(id, before)));
    }
    for (const id of before) {
      if (!after.has(id) && !(id in renamed) && !(id in removed)) {
        problems.push(at(['migrations', mi], id, `is a question of version ${migration.from} that version ${nextVersion} lacks: rename it or remove it (with why) so its answers are not lost silently`));
      }
    }
  });
  return problems;
}
