import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { modelHash, questionIds } from '../../src/assessment/read-model.ts';
import type { AssessmentModel, Question } from '../../src/schema/assessment.ts';

export const DIMENSIONS = ['change', 'incident', 'assets', 'patch', 'access', 'governance', 'metrics', 'automation'];

const question = (dimension: string, name: string, facet: Question['facet'], extra: Partial<Question> = {}): Question => ({
  id: `${dimension}.${name}`,
  prompt: `How does ${dimension} handle ${name}?`,
  facet,
  levels: [0, 1, 2, 3, 4].map((l) => `${dimension} ${name} descriptor ${l}`),
  actions: [0, 1, 2, 3].map((l) => `Take ${dimension} ${name} from level ${l} to ${l + 1}`),
  evidence: ['a record'],
  weight: 1,
  concepts: ['change-enablement'],
  requires: [],
  ...extra,
});

/**
 * A small valid model over the `small-graph` fixture concepts: 8 dimensions of 3 questions
 * (`<dimension>.process`, `.tooling`, `.governance`), targets of 3, one warning.
 */
export function makeModel(): AssessmentModel {
  return {
    modelVersion: 1,
    title: 'Fixture model',
    levels: ['Siloed', 'Aware', 'Coordinated', 'Integrated', 'Optimized'].map((name) => ({ name, summary: `${name} summary` })),
    dimensions: DIMENSIONS.map((id) => ({
      id,
      title: `${id[0]!.toUpperCase()}${id.slice(1)}`,
      summary: `The ${id} dimension.`,
      concepts: ['change-enablement'],
      questions: [question(id, 'process', 'process'), question(id, 'tooling', 'tooling'), question(id, 'governance', 'governance')],
    })),
    targets: Object.fromEntries(DIMENSIONS.map((id) => [id, 3])) as AssessmentModel['targets'],
    warnings: [
      {
        id: 'tooling-without-process',
        title: 'Tooling without process integration',
        boundary: 'tooling-without-process',
        message: 'Strong tools, weak process.',
        when: [
          { facet: 'tooling', measure: 'mean', atLeast: 3 },
          { facet: 'process', measure: 'mean', atMost: 1 },
        ],
      },
    ],
  };
}

/**
 * Writes a content folder (the small-graph concepts plus `model` as YAML) to a fresh temporary
 * directory and returns it; `lock` records the model's fingerprint as released.
 */
export function writeContent(model: AssessmentModel, { lock = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'converge-model-'));
  cpSync('test/fixtures/small-graph/concepts', join(root, 'concepts'), { recursive: true });
  const dir = join(root, 'assessment');
  mkdirSync(join(dir, 'dimensions'), { recursive: true });
  const { dimensions, ...file } = model;
  writeFileSync(join(dir, 'model.yaml'), stringify({ ...file, dimensions: dimensions.map((d) => d.id) }));
  for (const { id, ...dimension } of dimensions) writeFileSync(join(dir, 'dimensions', `${id}.yaml`), stringify(dimension));
  if (lock) {
    const versions = { [model.modelVersion]: { hash: modelHash(model), questions: questionIds(model) } };
    writeFileSync(join(dir, 'versions.json'), JSON.stringify(versions));
  }
  return root;
}
