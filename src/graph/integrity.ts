import { CONCEPT_ID, RELATION_TYPES } from '../schema/concept.ts';
import type { Concept } from './concept.ts';
import { didYouMean } from '../schema/did-you-mean.ts';
import type { ContentProblem } from '../schema/problem.ts';

/** A file that exists, whether or not its frontmatter is valid: enough to judge references to it. */
export interface KnownFile {
  id: string;
  file: string;
  /** Relations of a file whose frontmatter failed the schema but whose relations parsed: still checked. */
  relations?: Concept['data']['relations'];
  lineOf?: Concept['lineOf'];
}

/**
 * Every rule the schema cannot check alone because it spans files: ids, duplicate ids and
 * aliases, relations to missing concepts, self-relations, and IS-NOT items naming a non-boundary.
 * `files` lists every concept file, so a reference to a file whose frontmatter is broken is not
 * reported twice.
 */
export function checkIntegrity(concepts: readonly Concept[], files: readonly KnownFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set(files.map((f) => f.id));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const at = (concept: Concept | KnownFile, path: PropertyKey[], field: string) => ({
    file: concept.file,
    line: 'lineOf' in concept ? concept.lineOf?.(path) : undefined,
    field,
  });

  const firstFileOf = new Map<string, string>();
  for (const file of files) {
    if (!CONCEPT_ID.test(file.id)) {
      const kebab = file.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      problems.push({ file: file.file, field: '(file name)', value: file.id, message: 'is not a valid concept id: use lower-case words joined by hyphens', suggestion: kebab || undefined });
    }
    const first = firstFileOf.get(file.id);
    if (first) problems.push({ file: file.file, field: '(file name)', value: file.id, message: `duplicates the id of ${first}` });
    else firstFileOf.set(file.id, file.file);
  }

  // Titles, aliases and ids share one namespace: search and "did you mean" rely on it.
  const nameOwner = new Map<string, string>();
  for (const concept of concepts) nameOwner.set(normalize(concept.id), concept.id);
  for (const concept of concepts) {
    const title = normalize(concept.data.title);
    const titleOwner = nameOwner.get(title);
    if (titleOwner && titleOwner !== concept.id) {
      problems.push({ ...at(concept, ['title'], 'title'), value: concept.data.title, message: `is already the id, title or alias of ${titleOwner}` });
    } else nameOwner.set(title, concept.id);
  }
  for (const concept of concepts) {
    concept.data.aliases.forEach((alias, index) => {
      const owner = nameOwner.get(normalize(alias));
      if (owner && (owner !== concept.id || normalize(alias) === normalize(concept.data.title))) {
        const whose = owner === concept.id ? 'this concept' : owner;
        problems.push({ ...at(concept, ['aliases', index], `aliases[${index}]`), value: alias, message: `is already the id, title or alias of ${whose}` });
      } else nameOwner.set(normalize(alias), concept.id);
    });
  }

  const relationHolders = [
    ...concepts.map((c) => ({ ...c, relations: c.data.relations })),
    ...files.flatMap((f) => (f.relations ? [{ ...f, relations: f.relations }] : [])),
  ];
  for (const concept of relationHolders) {
    for (const type of RELATION_TYPES) {
      concept.relations[type].forEach((target, index) => {
        const field = `relations.${type}[${index}]`;
        const where = at(concept, ['relations', type, index], field);
        if (target === concept.id) {
          problems.push({ ...where, value: target, message: 'relates the concept to itself' });
        } else if (!ids.has(target)) {
          problems.push({ ...where, value: target, message: 'names no concept', suggestion: didYouMean(target, ids) });
        } else if (concept.relations[type].indexOf(target) !== index) {
          problems.push({ ...where, value: target, message: `is listed twice under ${type}` });
        }
      });
    }
  }
  for (const concept of concepts) {
    concept.data.isNot.forEach((item, index) => {
      if (!item.boundary) return;
      const field = `isNot[${index}].boundary`;
      const where = at(concept, ['isNot', index, 'boundary'], field);
      const target = byId.get(item.boundary);
      if (!ids.has(item.boundary)) {
        const boundaries = concepts.filter((c) => c.data.type === 'boundary').map((c) => c.id);
        problems.push({ ...where, value: item.boundary, message: 'names no concept', suggestion: didYouMean(item.boundary, boundaries) });
      } else if (target && target.data.type !== 'boundary') {
        problems.push({ ...where, value: item.boundary, message: `names a ${target.data.type}, but an IS-NOT item may only name a boundary concept` });
      }
    });
  }
  return problems;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A learning path as the integrity check sees it. */
interface PathLike {
  file: string;
  data: { steps: { concept: string }[] };
  lineOf?: Concept['lineOf'];
}

/** Every step of every learning path names an existing concept, once per path. */
export function checkPaths(paths: readonly PathLike[], files: readonly KnownFile[]): ContentProblem[] {
  const ids = new Set(files.map((f) => f.id));
  return paths.flatMap((path) =>
    path.data.steps.flatMap((step, index) => {
      const where = { file: path.file, line: path.lineOf?.(['steps', index, 'concept']), field: `steps[${index}].concept`, value: step.concept };
      if (!ids.has(step.concept)) return [{ ...where, message: 'names no concept', suggestion: didYouMean(step.concept, ids) }];
      const first = path.data.steps.findIndex((s) => s.concept === step.concept);
      if (first !== index) return [{ ...where, message: `repeats step ${first + 1} of this path` }];
      return [];
    }),
  );
}
