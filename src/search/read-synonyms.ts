import { existsSync } from 'node:fs';
import { didYouMean } from '../schema/did-you-mean.ts';
import { issuesToProblems } from '../schema/issues.ts';
import { fieldPath, type ContentProblem } from '../schema/problem.ts';
import { synonymSchema, synonymsFileSchema, type Synonym } from '../schema/synonyms.ts';
import { readYamlFile } from '../graph/read-yaml.ts';
import { phraseKey } from './open-index.ts';

export interface SynonymsReport {
  /** The synonyms, when the file is valid; empty when it is missing or has problems. */
  synonyms: Synonym[];
  problems: ContentProblem[];
}

/**
 * Reads `content/synonyms.yaml` and checks what its schema cannot: that every concept it names
 * exists and that no term is listed twice. A missing file is no problem: search then has no synonyms.
 */
export function readSynonyms(path: string, conceptIds: readonly string[], root = process.cwd()): SynonymsReport {
  if (!existsSync(path)) return { synonyms: [], problems: [] };
  const { source, problems } = readYamlFile(path, root);
  if (!source) return { synonyms: [], problems };
  // An empty file is an empty list.
  const data = source.data && typeof source.data === 'object' && Object.keys(source.data).length === 0 && !Array.isArray(source.data) ? [] : source.data;
  if (!Array.isArray(data)) {
    return { synonyms: [], problems: [{ file: source.file, line: 1, field: '', message: 'must be a list of synonyms, each starting with "- term:" (see content/README.md)' }] };
  }
  // Each entry on its own, so one malformed entry does not hide a missing concept in another.
  const entries: { synonym: Synonym; i: number }[] = [];
  data.forEach((item, i) => {
    const parsed = synonymSchema.safeParse(item);
    if (parsed.success) entries.push({ synonym: parsed.data, i });
    else problems.push(...issuesToProblems(parsed.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })), data, synonymsFileSchema, source));
  });

  const at = (path: PropertyKey[], value: string, message: string, suggestion?: string): ContentProblem => ({
    file: source.file,
    line: source.lineOf(path),
    field: fieldPath(path),
    value,
    message,
    suggestion,
  });
  const known = new Set(conceptIds);
  const firstUse = new Map<string, number>();
  for (const { synonym, i } of entries) {
    const spellings: [PropertyKey[], string][] = [
      [[i, 'term'], synonym.term],
      ...(synonym.means ? [[[i, 'means'], synonym.means] as [PropertyKey[], string]] : []),
      ...synonym.also.map((also, k) => [[i, 'also', k], also] as [PropertyKey[], string]),
    ];
    for (const [path, spelling] of spellings) {
      const key = phraseKey(spelling);
      const first = firstUse.get(key);
      if (first === undefined) firstUse.set(key, i);
      else problems.push(at(path, spelling, first === i ? 'repeats a spelling of this entry' : `is already a spelling of entry [${first}] (${(data[first] as Synonym).term}): list its concepts there`));
    }
    synonym.concepts.forEach((id, k) => {
      if (!known.has(id)) problems.push(at([i, 'concepts', k], id, 'names no concept', didYouMean(id, conceptIds)));
      else if (synonym.concepts.indexOf(id) !== k) problems.push(at([i, 'concepts', k], id, `repeats concept ${synonym.concepts.indexOf(id) + 1} of this entry`));
    });
  }
  return { synonyms: problems.length === 0 ? entries.map((e) => e.synonym) : [], problems };
}
