// Time to score a full assessment: 12 dimensions × 6 questions, the largest model the schema
// allows, with weights, prerequisites and warnings, answered at random (seeded).
import { planNextSteps } from '../../src/assessment/next-steps.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import { matchWarnings } from '../../src/assessment/warnings.ts';
import { FACETS, type Answers, type AssessmentModel, type Level } from '../../src/schema/assessment.ts';

export interface ScoreBench {
  dimensions: number;
  questions: number;
  /** scoreAssessment alone. */
  scoreMs: number;
  /** Score, next steps and warnings: everything the results view computes. */
  resultsMs: number;
}

function largestModel(): AssessmentModel {
  const dimensions = Array.from({ length: 12 }, (_, d) => ({
    id: `d${d}`,
    title: `Dimension ${d}`,
    summary: 's',
    concepts: ['c'],
    questions: Array.from({ length: 6 }, (_, q) => ({
      id: `d${d}.q${q}`,
      prompt: 'p',
      facet: FACETS[(d + q) % FACETS.length]!,
      levels: ['0', '1', '2', '3', '4'],
      actions: ['a0', 'a1', 'a2', 'a3'],
      evidence: ['e'],
      weight: 1 + (q % 3) * 0.5,
      concepts: ['c'],
      requires: q > 0 && d > 0 ? [`d${d - 1}.q${q - 1}`] : [],
    })),
  }));
  return {
    modelVersion: 1,
    title: 'bench',
    levels: Array.from({ length: 5 }, (_, n) => ({ name: `L${n}`, summary: 's' })),
    dimensions,
    targets: Object.fromEntries(dimensions.map((d) => [d.id, 4 as Level])),
    warnings: FACETS.map((facet) => ({ id: facet, title: facet, boundary: 'b', message: 'm', when: [{ facet, measure: 'mean' as const, atMost: 3 as Level }] })),
  };
}

export function benchScoring(iterations = 2000): ScoreBench {
  const model = largestModel();
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const answers: Answers = Object.fromEntries(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { value: Math.floor(random() * 5) as Level }])));
  const time = (run: () => void) => {
    for (let i = 0; i < 200; i++) run(); // warm up the JIT before measuring
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      run();
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  };
  return {
    dimensions: 12,
    questions: 72,
    scoreMs: time(() => scoreAssessment(model, answers)),
    resultsMs: time(() => {
      const result = scoreAssessment(model, answers);
      planNextSteps(model, answers, result);
      matchWarnings(model, answers);
    }),
  };
}

// `node scripts/bench/score.ts` runs this part alone.
if (import.meta.main) {
  const r = benchScoring();
  console.log(`Scoring ${r.dimensions} dimensions × ${r.questions / r.dimensions} questions: median ${(r.scoreMs * 1000).toFixed(0)} µs; with next steps and warnings ${(r.resultsMs * 1000).toFixed(0)} µs`);
}
