import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { readAssessmentModel } from '../assessment/read-model.ts';
import type { AssessmentModel } from '../schema/assessment.ts';
import { conceptSchema, relationsSchema } from '../schema/concept.ts';
import { issuesToProblems } from '../schema/issues.ts';
import { pathSchema, type PathData } from '../schema/path.ts';
import type { Concept } from '../graph/concept.ts';
import { checkIntegrity, checkPaths, type KnownFile } from '../graph/integrity.ts';
import type { ContentProblem } from '../schema/problem.ts';
import { listContentFiles, readConceptSource, type ConceptSource } from '../graph/read-concepts.ts';
import type { Synonym } from '../schema/synonyms.ts';
import { readSynonyms } from '../search/read-synonyms.ts';

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

/** Reads and checks every concept, learning path, the assessment model and the search synonyms under `contentRoot`, collecting all problems in one pass. */
export function validateContent(contentRoot = contentDir(), root = process.cwd()): ContentReport {
  const problems: ContentProblem[] = [];
  const conceptFiles = readCollection(join(contentRoot, 'concepts'), conceptSchema, root, problems);
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

  const pathFiles = readCollection(join(contentRoot, 'paths'), pathSchema, root, problems);
  const paths: LearningPath[] = pathFiles.valid.map(({ source, data }) => ({ id: source.id, file: source.file, data, lineOf: source.lineOf }));
  problems.push(...checkPaths(paths, known));

  const knownConcepts = [...concepts.map((c) => ({ id: c.id, type: c.data.type })), ...conceptFiles.invalid.map(({ id }) => ({ id }))];
  const { model: assessment, problems: modelProblems } = readAssessmentModel(join(contentRoot, 'assessment'), knownConcepts, root);
  problems.push(...modelProblems);

  const { synonyms, problems: synonymProblems } = readSynonyms(join(contentRoot, 'synonyms.yaml'), knownConcepts.map((c) => c.id), root);
  problems.push(...synonymProblems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { concepts, paths, assessment, synonyms, problems };
}
