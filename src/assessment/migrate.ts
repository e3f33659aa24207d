import type { Answers, AssessmentModel } from '../schema/assessment.ts';

export interface MigrationReport {
  /** The answers under the current model's question ids. */
  answers: Answers;
  /** One sentence per change the user should know about, in plain words. */
  changes: string[];
}

/**
 * Carries answers given against an earlier model version up to the current one, step by step
 * through the model's migrations. A removed question's answer is kept under its old id (not
 * scored) and reported with the reason; a renamed one moves; new questions are listed to answer.
 */
export function migrateAnswers(answers: Answers, fromVersion: number, model: AssessmentModel, questionsOf: ReadonlyMap<number, readonly string[]>): MigrationReport {
  const changes: string[] = [];
  let current: Answers = { ...answers };
  const versions = [...questionsOf.keys()].filter((v) => v >= fromVersion && v <= model.modelVersion).sort((a, b) => a - b);
  for (let i = 0; i + 1 < versions.length; i++) {
    const migration = model.migrations?.find((m) => m.from === versions[i]);
    if (!migration) throw new Error(`The model has no migration from version ${versions[i]}`);
    const next: Answers = {};
    for (const [id, answer] of Object.entries(current)) {
      const renamed = migration.renamed?.[id];
      const removed = migration.removed?.[id];
      if (renamed) {
        next[renamed] = answer;
        changes.push(`Question “${id}” is now “${renamed}” (model version ${versions[i + 1]}); your answer moved with it.`);
      } else {
        next[id] = answer;
        if (removed) changes.push(`Question “${id}” was removed in model version ${versions[i + 1]} (${removed}); your answer is kept in the file but no longer scored.`);
      }
    }
    current = next;
  }
  if (versions.length > 1) {
    const before = new Set(questionsOf.get(fromVersion));
    const renamedTo = new Set((model.migrations ?? []).flatMap((m) => Object.values(m.renamed ?? {})));
    const added = model.dimensions.flatMap((d) => d.questions).filter((q) => !before.has(q.id) && !renamedTo.has(q.id));
    for (const question of added) changes.push(`New question to answer: “${question.prompt}”.`);
  }
  return { answers: current, changes };
}

/**
 * The id a question of model version `fromVersion` has in the current model, following every
 * rename; a removed question keeps its old id (the current model does not have it).
 */
export function migrateQuestionId(id: string, fromVersion: number, model: AssessmentModel, questionsOf: ReadonlyMap<number, readonly string[]>): string {
  const versions = [...questionsOf.keys()].filter((v) => v >= fromVersion && v < model.modelVersion).sort((a, b) => a - b);
  return versions.reduce((current, version) => model.migrations?.find((m) => m.from === version)?.renamed?.[current] ?? current, id);
}
