import type { AssessmentModel } from '../../schema/assessment.ts';

/** A score as pages show it: one decimal, or a dash when not scored. */
export const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** "2 · Coordinated", or "not scored". */
export const levelName = (model: AssessmentModel, level: number | null) => (level === null ? 'not scored' : `${level} · ${model.levels[level]!.name}`);
