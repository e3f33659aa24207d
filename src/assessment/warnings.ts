import type { Answers, AssessmentModel, Question, Warning, WarningCondition } from '../schema/assessment.ts';

export interface MatchedWarning {
  id: string;
  title: string;
  /** The boundary concept the answers fall into. */
  boundary: string;
  message: string;
  /** One line per condition, with the value that met it: why the warning shows. */
  because: string[];
}

const MEASURES = {
  mean: (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length,
  min: (values: number[]) => Math.min(...values),
  max: (values: number[]) => Math.max(...values),
};

function describe(condition: WarningCondition, value: number, name: (questionId: string) => string): string {
  const what = condition.facet
    ? `${condition.measure} of ${condition.facet} answers`
    : `${condition.measure} of question${condition.questions!.length > 1 ? 's' : ''} ${condition.questions!.map(name).join(', ')}`;
  const bounds = [condition.atLeast !== undefined && `at least ${condition.atLeast}`, condition.atMost !== undefined && `at most ${condition.atMost}`].filter(Boolean).join(' and ');
  return `${what} is ${Number.isInteger(value) ? value : value.toFixed(1)} (${bounds})`;
}

/** The condition's aggregate value, or null when none of its questions has a level yet. */
function measure(condition: WarningCondition, questions: readonly Question[], answers: Answers): number | null {
  const chosen = condition.facet ? questions.filter((q) => q.facet === condition.facet) : questions.filter((q) => condition.questions!.includes(q.id));
  const values = chosen.map((q) => answers[q.id]?.value).filter((v): v is 0 | 1 | 2 | 3 | 4 => typeof v === 'number');
  return values.length ? MEASURES[condition.measure](values) : null;
}

/**
 * The anti-patterns the answers match: every condition of a warning must hold on answered
 * questions. `name` says how a question is called in the explanation (its id by default).
 */
export function matchWarnings(model: AssessmentModel, answers: Answers, name: (questionId: string) => string = (id) => id): MatchedWarning[] {
  const questions = model.dimensions.flatMap((d) => d.questions);
  const matches = (warning: Warning) => {
    const because: string[] = [];
    for (const condition of warning.when) {
      const value = measure(condition, questions, answers);
      if (value === null) return null;
      if (condition.atLeast !== undefined && value < condition.atLeast - 1e-9) return null;
      if (condition.atMost !== undefined && value > condition.atMost + 1e-9) return null;
      because.push(describe(condition, value, name));
    }
    return because;
  };
  return model.warnings.flatMap((warning) => {
    const because = matches(warning);
    return because ? [{ id: warning.id, title: warning.title, boundary: warning.boundary, message: warning.message, because }] : [];
  });
}
