import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readVersionLock } from '../assessment/read-model.ts';
import { listContentFiles, readConceptSource } from '../graph/read-concepts.ts';
import { readYamlFile } from '../graph/read-yaml.ts';
import type { AssessmentSnapshot, ContentSnapshot } from './scaffold.ts';

type Loose = Record<string, unknown> | undefined;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Reads what a scaffold needs from `contentRoot`: every concept and path file (broken ones too,
 * so their ids are still taken), and the assessment model's files as text. Never throws on bad
 * content: that is for `npm run validate` to report.
 */
export function readSnapshot(contentRoot: string, root = process.cwd()): ContentSnapshot {
  const collection = (folder: string) => {
    const dir = join(contentRoot, folder);
    return existsSync(dir) ? listContentFiles(dir) : [];
  };
  const concepts = collection('concepts').map((path) => {
    const { source } = readConceptSource(path, root);
    const file = relative(root, path) || path;
    const id = path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
    const data = source?.frontmatter as Loose;
    return {
      id,
      file,
      type: typeof data?.type === 'string' ? data.type : undefined,
      title: typeof data?.title === 'string' ? data.title : undefined,
      aliases: strings(data?.aliases),
    };
  });
  const paths = collection('paths').map((path) => ({ id: path.replace(/^.*\//, '').replace(/\.mdx?$/, ''), file: relative(root, path) || path }));
  return { dir: relative(root, contentRoot) || '.', concepts, paths, assessment: readAssessment(join(contentRoot, 'assessment'), root) };
}

function readAssessment(dir: string, root: string): AssessmentSnapshot | undefined {
  const modelPath = join(dir, 'model.yaml');
  if (!existsSync(modelPath)) return undefined;
  const model = readYamlFile(modelPath, root).source?.data as Loose;
  let released: number[] = [];
  try {
    released = Object.keys(readVersionLock(dir)).map(Number);
  } catch {
    // A broken lock file is reported by `npm run validate`; treat the model as unreleased here.
  }
  const levels = Array.isArray(model?.levels) ? (model.levels as Loose[]) : [];
  const dimensions = strings(model?.dimensions).flatMap((id) => {
    const path = join(dir, 'dimensions', `${id}.yaml`);
    if (!existsSync(path)) return [];
    const data = readYamlFile(path, root).source?.data as Loose;
    const questions = Array.isArray(data?.questions) ? (data.questions as Loose[]) : [];
    return [{
      id,
      file: relative(root, path),
      text: readFileSync(path, 'utf8'),
      questions: questions.map((q) => q?.id).filter((q): q is string => typeof q === 'string'),
      concepts: strings(data?.concepts),
    }];
  });
  return {
    modelFile: relative(root, modelPath),
    modelText: readFileSync(modelPath, 'utf8'),
    modelVersion: typeof model?.modelVersion === 'number' ? model.modelVersion : undefined,
    released,
    levelNames: levels.map((l) => (typeof l?.name === 'string' ? l.name : '')).filter(Boolean),
    dimensions,
  };
}
