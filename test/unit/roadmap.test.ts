import { describe, expect, it } from 'vitest';
import {
  addSteps,
  applyItems,
  earliestPhase,
  emptyRoadmap,
  placeItem,
  projectRoadmap,
  quarterNames,
  removePhase,
  respectPrerequisites,
  roadmapCandidates,
  roadmapCsv,
  seedRoadmap,
  type Roadmap,
} from '../../src/assessment/roadmap.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import { roadmapSchema } from '../../src/schema/roadmap.ts';
import type { Answers, AssessmentModel } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const answer = (entries: Record<string, number | 'na' | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value: value as 0 }]));
/** Every question at one level, except the overrides. */
const everything = (model: AssessmentModel, level: number, overrides: Record<string, number | 'na' | 'unknown'> = {}) =>
  answer({ ...Object.fromEntries(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level]))), ...overrides });
const raise = (question: string, to: 0 | 1 | 2 | 3 | 4, phase: number, owner = '') => ({ question, kind: 'raise' as const, to, phase, owner });
const levels = (result: ReturnType<typeof scoreAssessment>, id: string) => result.dimensions.find((d) => d.id === id)!.level;

describe('projected scores per phase', () => {
  it('scores each phase cumulatively with the same engine as the results', () => {
    const model = makeModel();
    // Change: 1, 1, 1 (level 1). Raising two rungs in Now and the third in Next.
    const answers = everything(model, 3, { 'change.process': 1, 'change.tooling': 1, 'change.governance': 1 });
    const roadmap: Roadmap = { phases: ['Now', 'Next', 'Later'], items: [raise('change.process', 2, 0), raise('change.tooling', 2, 0), raise('change.governance', 2, 1)] };
    const phases = projectRoadmap(model, answers, {}, roadmap);
    expect(phases.map((p) => p.name)).toEqual(['Now', 'Next', 'Later']);
    // After Now: 2, 2, 1 → mean 1.67, level 1. After Next: 2, 2, 2 → level 2. Later adds nothing.
    expect(phases.map((p) => levels(p.result, 'change'))).toEqual([1, 2, 2]);
    expect(phases[0]!.result.dimensions[0]!.score).toBeCloseTo(5 / 3);
    // Exactly what scoring the raised answers directly gives.
    expect(phases[1]!.result).toEqual(scoreAssessment(model, everything(model, 3, { 'change.process': 2, 'change.tooling': 2, 'change.governance': 2 }), {}));
    expect(phases[0]!.items.map((i) => i.question)).toEqual(['change.process', 'change.tooling']);
  });

  it('never lowers an answer, leaves "not applicable" alone, and cannot project a find-out', () => {
    const model = makeModel();
    const answers = answer({ 'change.process': 3, 'change.tooling': 'na', 'change.governance': 'unknown' });
    const after = applyItems(answers, [raise('change.process', 2, 0), raise('change.tooling', 4, 0), { question: 'change.governance', kind: 'find-out', phase: 0, owner: '' }]);
    expect(after['change.process']!.value).toBe(3);
    expect(after['change.tooling']!.value).toBe('na');
    expect(after['change.governance']!.value).toBe('unknown');
  });

  it('offers the rung above a planned one until the target is reached', () => {
    const model = makeModel();
    const answers = everything(model, 3, { 'change.process': 1 });
    const first = roadmapCandidates(model, answers, {}, emptyRoadmap());
    expect(first.map((s) => [s.questionId, s.to])).toEqual([['change.process', 2]]);
    const planned = addSteps(model, emptyRoadmap(), first, 0).roadmap;
    expect(roadmapCandidates(model, answers, {}, planned).map((s) => [s.questionId, s.to])).toEqual([['change.process', 3]]);
    const done = addSteps(model, planned, roadmapCandidates(model, answers, {}, planned), 1).roadmap;
    expect(roadmapCandidates(model, answers, {}, done)).toEqual([]);
    expect(levels(projectRoadmap(model, answers, {}, done)[1]!.result, 'change')).toBe(3);
  });

  it('seeds Now with the five "do next", Next with the rest and Later with the rungs after them', () => {
    const model = makeModel();
    const answers = everything(model, 1);
    const roadmap = seedRoadmap(model, answers, {});
    const inPhase = (p: number) => roadmap.items.filter((i) => i.phase === p);
    expect(inPhase(0)).toHaveLength(5);
    expect(inPhase(1)).toHaveLength(24 - 5);
    // After Now and Next every question is at 2; Later takes them all to 3, the target.
    expect(inPhase(2)).toHaveLength(24);
    expect(inPhase(2).every((i) => i.to === 3)).toBe(true);
    const projected = projectRoadmap(model, answers, {}, roadmap);
    expect(projected[2]!.result.dimensions.every((d) => d.level === 3)).toBe(true);
    expect(roadmapSchema.safeParse(roadmap).success).toBe(true);
  });
});

describe('prerequisite ordering', () => {
  const model = makeModel();
  // change.process builds on assets.governance; assets.governance on patch.process.
  model.dimensions[0]!.questions[0]!.requires = ['assets.governance'];
  model.dimensions[2]!.questions[2]!.requires = ['patch.process'];

  it('holds an item back to the phase of what it requires, and says which', () => {
    const roadmap: Roadmap = { phases: ['Now', 'Next', 'Later'], items: [raise('assets.governance', 2, 1), raise('change.process', 2, 1)] };
    const placed = placeItem(model, roadmap, 1, 0);
    expect(placed.roadmap.items[1]!.phase).toBe(1);
    expect(placed.held).toEqual({ asked: 0, phase: 1, because: roadmap.items[0] });
  });

  it('moves what depends on an item later with it', () => {
    const roadmap: Roadmap = { phases: ['Now', 'Next', 'Later'], items: [raise('assets.governance', 2, 0), raise('change.process', 2, 0)] };
    const placed = placeItem(model, roadmap, 0, 2);
    expect(placed.roadmap.items.map((i) => i.phase)).toEqual([2, 2]);
    expect(placed.held).toBeUndefined();
    expect(placed.moved).toEqual([{ item: placed.roadmap.items[1], from: 0, to: 2, because: placed.roadmap.items[0] }]);
  });

  it('follows requirements through a question with nothing planned', () => {
    // change.process → assets.governance (not planned) → patch.process.
    const roadmap: Roadmap = { phases: ['Now', 'Next', 'Later'], items: [raise('patch.process', 2, 2), raise('change.process', 2, 0)] };
    expect(earliestPhase(model, roadmap, 1)).toEqual({ phase: 2, because: 0 });
    expect(respectPrerequisites(model, roadmap).roadmap.items[1]!.phase).toBe(2);
  });

  it('keeps the rungs of one question in order, finding out first', () => {
    const roadmap: Roadmap = {
      phases: ['Now', 'Next', 'Later'],
      items: [{ question: 'incident.process', kind: 'find-out', phase: 1, owner: '' }, raise('incident.process', 2, 2), raise('incident.process', 3, 0)],
    };
    const fixed = respectPrerequisites(model, roadmap).roadmap;
    expect(fixed.items.map((i) => i.phase)).toEqual([1, 2, 2]);
  });

  it('only waits for the rungs of a required question up to its own level', () => {
    // change.process to 2 needs assets.governance up to 2, not its rung to 4 in Later.
    const roadmap: Roadmap = { phases: ['Now', 'Next', 'Later'], items: [raise('assets.governance', 2, 0), raise('assets.governance', 4, 2), raise('change.process', 2, 0)] };
    expect(earliestPhase(model, roadmap, 2)).toEqual({ phase: 0, because: null });
  });

  it('adds steps no earlier than their prerequisites, and removing a phase keeps the order', () => {
    const answers = everything(model, 3, { 'change.process': 1, 'assets.governance': 1 });
    const steps = roadmapCandidates(model, answers, {}, emptyRoadmap());
    // The next steps put the prerequisite first.
    expect(steps.map((s) => s.questionId)).toEqual(['assets.governance', 'change.process']);
    const planned = addSteps(model, emptyRoadmap(), steps.slice(0, 1), 1).roadmap;
    const both = addSteps(model, planned, steps.slice(1), 0);
    expect(both.roadmap.items.map((i) => [i.question, i.phase])).toEqual([['assets.governance', 1], ['change.process', 1]]);
    expect(both.held?.because.question).toBe('assets.governance');
    const fewer = removePhase(model, both.roadmap, 0);
    expect(fewer.phases).toEqual(['Next', 'Later']);
    expect(fewer.items.map((i) => i.phase)).toEqual([0, 0]);
  });
});

describe('roadmap files and exports', () => {
  it('names quarters from the one after today, across a year end', () => {
    expect(quarterNames('2026-11-30')).toEqual(['Q1 2027', 'Q2 2027', 'Q3 2027']);
    expect(quarterNames('2027-01-01', 4)).toEqual(['Q2 2027', 'Q3 2027', 'Q4 2027', 'Q1 2028']);
  });

  it('refuses items in a phase the roadmap lacks, twice the same rung, and a raise without a level', () => {
    const bad = (roadmap: unknown) => roadmapSchema.safeParse(roadmap).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(bad({ phases: ['Now'], items: [raise('change.process', 2, 1)] })).toEqual(['items.0.phase: is phase 2, but the roadmap has 1']);
    expect(bad({ phases: ['Now'], items: [raise('change.process', 2, 0), raise('change.process', 2, 0)] })).toEqual(['items.1: plans change.process to level 2 twice']);
    expect(bad({ phases: ['Now'], items: [{ question: 'change.process', kind: 'raise', phase: 0 }] })?.[0]).toMatch(/^items.0.to: a raise needs/);
  });

  it('exports one ticket per item, in phase order, with the columns a ticket system imports', () => {
    const model = makeModel();
    model.dimensions[0]!.questions[0]!.requires = ['change.tooling'];
    const roadmap: Roadmap = {
      phases: ['Q1 2027', 'Q2 2027'],
      items: [{ ...raise('change.process', 2, 1, 'Ops lead'), due: '2027-06-30' }, raise('change.tooling', 2, 0, '=HYPERLINK("x")'), { question: 'incident.process', kind: 'find-out', phase: 0, owner: '' }],
    };
    const csv = roadmapCsv(model, roadmap, (id) => `https://example.org/concepts/${id}/`);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Summary,Description,Owner,Due date,Phase,Question id,Dimension,Link');
    expect(csv).toContain('Take change tooling from level 1 to 2,"Question 1.2 (change.tooling)');
    // A formula typed as an owner is defused.
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",,Q1 2027,change.tooling,Change,https://example.org/concepts/change-enablement/`);
    expect(csv).toContain('Find out where you stand: How does incident handle process?');
    const last = csv.slice(csv.indexOf('Take change process from level 1 to 2'));
    expect(last).toContain('Level 2 looks like: change process descriptor 2');
    expect(last).toContain('After: question 1.2 to level 2 in Q1 2027');
    expect(last).toContain('Ops lead,2027-06-30,Q2 2027,change.process,Change,');
    // Phase order: both Q1 items before the Q2 one.
    expect(csv.indexOf('change.tooling,Change')).toBeLessThan(csv.indexOf('change.process,Change'));
  });
});
