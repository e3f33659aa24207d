// The phased roadmap: next steps placed in phases (Now, Next, Later, or quarters), each with an
// owner and a due date, and the level each dimension is projected to reach after each phase,
// computed by the same scoring as the results. Pure: no DOM, no clock.
import type { Answers, AssessmentModel, Level, Question } from '../schema/assessment.ts';
import { DEFAULT_PHASES, ROADMAP_MAX_PHASES, roadmapItemKey, type Roadmap, type RoadmapItem } from '../schema/roadmap.ts';
import { questionNumbers } from './compare.ts';
import { toCsv } from './csv.ts';
import { planNextSteps, type NextStep } from './next-steps.ts';
import { radarSvg, type RadarOptions } from './radar.ts';
import { scoreAssessment, type AssessmentResult } from './score.ts';

export { DEFAULT_PHASES, ROADMAP_MAX_PHASES, type Roadmap, type RoadmapItem } from '../schema/roadmap.ts';

export const emptyRoadmap = (): Roadmap => ({ phases: [...DEFAULT_PHASES], items: [] });

/**
 * `count` quarter names starting with the quarter after `today` (YYYY-MM-DD): on 2026-11-30,
 * "Q1 2027", "Q2 2027", "Q3 2027". The current quarter is left out: it is already under way.
 */
export function quarterNames(today: string, count: number = DEFAULT_PHASES.length): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = year * 4 + Math.floor((month - 1) / 3) + 1;
  return Array.from({ length: count }, (_, i) => `Q${((first + i) % 4) + 1} ${Math.floor((first + i) / 4)}`);
}

/** The level an item stands for when ordering: finding out comes before any rung. */
const levelOf = (item: RoadmapItem) => (item.kind === 'raise' ? item.to! : 0);

/** The answers once the items are done: each raise lifts its question to at least its level. */
export function applyItems(answers: Answers, items: readonly RoadmapItem[]): Answers {
  const next: Answers = { ...answers };
  for (const item of items) {
    if (item.kind !== 'raise') continue; // The answer to find out is not known yet: it cannot be projected.
    const value = next[item.question]?.value;
    if (value === 'na') continue;
    if (typeof value !== 'number' || value < item.to!) next[item.question] = { ...next[item.question], value: item.to! };
  }
  return next;
}

export interface PhaseProjection {
  index: number;
  name: string;
  /** The items planned in this phase, in roadmap order. */
  items: RoadmapItem[];
  /** The results once this phase and every earlier one are done. */
  result: AssessmentResult;
}

/** The projected results after each phase, cumulative, by the same scoring as the results page. */
export function projectRoadmap(model: AssessmentModel, answers: Answers, targets: Partial<Record<string, Level>>, roadmap: Roadmap): PhaseProjection[] {
  return roadmap.phases.map((name, index) => ({
    index,
    name,
    items: roadmap.items.filter((item) => item.phase === index),
    result: scoreAssessment(model, applyItems(answers, roadmap.items.filter((item) => item.phase <= index)), targets),
  }));
}

/**
 * The steps not yet planned: the next steps of the answers the whole roadmap projects, so once
 * a rung is planned the one above it is offered, until every dimension reaches its target.
 */
export function roadmapCandidates(model: AssessmentModel, answers: Answers, targets: Partial<Record<string, Level>>, roadmap: Roadmap): NextStep[] {
  const projected = applyItems(answers, roadmap.items);
  const plan = planNextSteps(model, projected, scoreAssessment(model, projected, targets));
  const planned = new Set(roadmap.items.map(roadmapItemKey));
  return [...plan.doNext, ...plan.later].filter((step) => !planned.has(roadmapItemKey(itemFromStep(step, 0))));
}

/** A next step as a roadmap item in a phase, with no owner or due date yet. */
export function itemFromStep(step: NextStep, phase: number): RoadmapItem {
  return step.kind === 'raise' ? { question: step.questionId, kind: 'raise', to: step.to, phase, owner: '' } : { question: step.questionId, kind: 'find-out', phase, owner: '' };
}

const questionIndex = (model: AssessmentModel) => new Map(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { question: q, dimension: d }] as const)));

/**
 * The items an item must not come before: the earlier rungs of its own question (and finding
 * its answer out), and, for a rung to level L, the items up to level L of every question it
 * requires (through required questions that have no item, as the next steps do).
 */
export function prerequisitesOf(model: AssessmentModel, roadmap: Roadmap, index: number): number[] {
  const item = roadmap.items[index]!;
  const requires = new Map<string, Question['requires']>(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.requires] as const)));
  const found = new Set<number>();
  const itemsOf = (question: string) => roadmap.items.flatMap((other, i) => (other.question === question && i !== index ? [i] : []));
  for (const i of itemsOf(item.question)) if (item.kind === 'raise' && levelOf(roadmap.items[i]!) < item.to!) found.add(i);
  if (item.kind === 'raise') {
    const seen = new Set<string>([item.question]);
    const walk = (question: string) => {
      for (const required of requires.get(question) ?? []) {
        if (seen.has(required)) continue;
        seen.add(required);
        const planned = itemsOf(required);
        if (planned.length === 0) walk(required);
        for (const i of planned) if (levelOf(roadmap.items[i]!) <= item.to!) found.add(i);
      }
    };
    walk(item.question);
  }
  return [...found];
}

/** The earliest phase an item may sit in, and the prerequisite that sets it (null when none does). */
export function earliestPhase(model: AssessmentModel, roadmap: Roadmap, index: number): { phase: number; because: number | null } {
  let earliest = { phase: 0, because: null as number | null };
  for (const i of prerequisitesOf(model, roadmap, index)) {
    const phase = roadmap.items[i]!.phase;
    if (phase > earliest.phase) earliest = { phase, because: i };
  }
  return earliest;
}

/** An item moved to keep the order: from one phase to a later one, because of a prerequisite. */
export interface Move {
  item: RoadmapItem;
  from: number;
  to: number;
  because: RoadmapItem;
}

/** Moves every item that sits before one of its prerequisites into that prerequisite's phase. */
export function respectPrerequisites(model: AssessmentModel, roadmap: Roadmap): { roadmap: Roadmap; moved: Move[] } {
  const items = roadmap.items.map((item) => ({ ...item }));
  const next = { phases: [...roadmap.phases], items };
  const moved: Move[] = [];
  // Each pass moves items only later, and phases are finite: it settles within phases × items passes.
  for (let changed = true; changed; ) {
    changed = false;
    items.forEach((item, i) => {
      const { phase, because } = earliestPhase(model, next, i);
      if (phase > item.phase) {
        moved.push({ item, from: item.phase, to: phase, because: items[because!]! });
        item.phase = phase;
        changed = true;
      }
    });
  }
  return { roadmap: next, moved };
}

export interface Placement {
  roadmap: Roadmap;
  /** Set when the item could not go where asked: the phase it went to instead, and why. */
  held?: { asked: number; phase: number; because: RoadmapItem };
  /** Items that depend on it, moved later with it. */
  moved: Move[];
}

/** Puts an item in a phase, no earlier than its prerequisites; what depends on it moves later with it. */
export function placeItem(model: AssessmentModel, roadmap: Roadmap, index: number, phase: number): Placement {
  const items = roadmap.items.map((item) => ({ ...item }));
  const next = { phases: [...roadmap.phases], items };
  const { phase: earliest, because } = earliestPhase(model, next, index);
  const placed = Math.max(phase, earliest);
  items[index]!.phase = placed;
  const kept = respectPrerequisites(model, next);
  return { roadmap: kept.roadmap, moved: kept.moved, ...(placed > phase && { held: { asked: phase, phase: placed, because: items[because!]! } }) };
}

/** Adds next steps to a phase (each no earlier than its prerequisites), keeping the steps' order. */
export function addSteps(model: AssessmentModel, roadmap: Roadmap, steps: readonly NextStep[], phase: number): Placement {
  let next: Roadmap = { phases: [...roadmap.phases], items: [...roadmap.items] };
  let held: Placement['held'];
  const moved: Move[] = [];
  for (const step of steps) {
    next = { ...next, items: [...next.items, itemFromStep(step, phase)] };
    const placement = placeItem(model, next, next.items.length - 1, phase);
    next = placement.roadmap;
    held ??= placement.held;
    moved.push(...placement.moved);
  }
  return { roadmap: next, moved, ...(held && { held }) };
}

/** Removes a phase: its items join the phase before it (the first phase's join the next one). */
export function removePhase(model: AssessmentModel, roadmap: Roadmap, phase: number): Roadmap {
  if (roadmap.phases.length <= 1) return roadmap;
  const into = phase === 0 ? 0 : phase - 1;
  const items = roadmap.items.map((item) => ({ ...item, phase: item.phase === phase ? into : item.phase > phase ? item.phase - 1 : item.phase }));
  return respectPrerequisites(model, { phases: roadmap.phases.filter((_, i) => i !== phase), items }).roadmap;
}

/**
 * A first plan from the results: the "do next" steps in the first phase, the rest of today's
 * next steps in the second, and the steps the projection then offers in the third.
 */
export function seedRoadmap(model: AssessmentModel, answers: Answers, targets: Partial<Record<string, Level>>, phases: readonly string[] = DEFAULT_PHASES): Roadmap {
  const plan = planNextSteps(model, answers, scoreAssessment(model, answers, targets));
  let roadmap: Roadmap = { phases: [...phases], items: [] };
  roadmap = addSteps(model, roadmap, plan.doNext, 0).roadmap;
  if (phases.length > 1) roadmap = addSteps(model, roadmap, plan.later, 1).roadmap;
  if (phases.length > 2) roadmap = addSteps(model, roadmap, roadmapCandidates(model, answers, targets, roadmap), 2).roadmap;
  return roadmap;
}

/** What an item asks for, in the model's words. */
export interface ItemDetail {
  number: string;
  prompt: string;
  dimensionId: string;
  dimensionTitle: string;
  /** The imperative sentence: the model's action for the rung, or "find out". */
  action: string;
  /** The descriptor of the level below the rung (null for a find-out). */
  from: string | null;
  /** The descriptor of the level reached: how to tell the item is done (null for a find-out). */
  reached: string | null;
  concepts: readonly string[];
}

/** Describes each item of a roadmap; an item whose question the model lacks gets none. */
export function itemDetails(model: AssessmentModel, roadmap: Roadmap): (ItemDetail | null)[] {
  const index = questionIndex(model);
  const numbers = questionNumbers(model);
  return roadmap.items.map((item) => {
    const found = index.get(item.question);
    if (!found) return null;
    const { question, dimension } = found;
    const raise = item.kind === 'raise';
    return {
      number: numbers.get(question.id)!,
      prompt: question.prompt,
      dimensionId: dimension.id,
      dimensionTitle: dimension.title,
      action: raise ? question.actions[item.to! - 1]! : `Find out where you stand: ${question.prompt}`,
      from: raise ? question.levels[item.to! - 1]! : null,
      reached: raise ? question.levels[item.to!]! : null,
      concepts: question.concepts,
    };
  });
}

/** Keeps the items whose questions the model has; the others are returned to be reported. */
export function itemsInModel(model: AssessmentModel, roadmap: Roadmap): { roadmap: Roadmap; dropped: RoadmapItem[] } {
  const known = questionIndex(model);
  return {
    roadmap: { phases: roadmap.phases, items: roadmap.items.filter((item) => known.has(item.question)) },
    dropped: roadmap.items.filter((item) => !known.has(item.question)),
  };
}

export const ROADMAP_CSV_HEADER = ['Summary', 'Description', 'Owner', 'Due date', 'Phase', 'Question id', 'Dimension', 'Link'] as const;

/**
 * The roadmap as a CSV a ticket system imports (Jira, Azure DevOps, GitHub via a script): one
 * row per item in phase order, the action as the summary and the evidence of done in the
 * description; `linkOf` gives the absolute address of a question's first concept page.
 */
export function roadmapCsv(model: AssessmentModel, roadmap: Roadmap, linkOf: (conceptId: string) => string): string {
  const details = itemDetails(model, roadmap);
  const numbers = questionNumbers(model);
  const rows = roadmap.items
    .map((item, i) => ({ item, detail: details[i]!, i }))
    .filter(({ detail }) => detail !== null)
    .sort((a, b) => a.item.phase - b.item.phase || a.i - b.i)
    .map(({ item, detail, i }) => {
      const requires = prerequisitesOf(model, roadmap, i).map((p) => roadmap.items[p]!);
      const description = [
        `Question ${detail.number} (${item.question}): ${detail.prompt}`,
        ...(detail.from !== null ? [`Now (level ${item.to! - 1}): ${detail.from}`, `Level ${item.to} looks like: ${detail.reached}`] : ['Done when the answer is known and recorded in the assessment.']),
        ...(requires.length ? [`After: ${requires.map((r) => `question ${numbers.get(r.question)} ${r.kind === 'raise' ? `to level ${r.to}` : '(find out)'} in ${roadmap.phases[r.phase]}`).join('; ')}`] : []),
      ].join('\n');
      return [detail.action, description, item.owner, item.due ?? '', roadmap.phases[item.phase]!, item.question, detail.dimensionTitle, detail.concepts[0] ? linkOf(detail.concepts[0]) : ''];
    });
  return toCsv(ROADMAP_CSV_HEADER, rows);
}

/** The radar of a roadmap: today's scores, the score projected after each phase, and the targets. */
export function roadmapRadar(current: AssessmentResult, phases: readonly PhaseProjection[], options: RadarOptions = {}): string {
  return radarSvg(
    current.dimensions.map((d, i) => ({ label: d.title, values: [d.score, ...phases.map((p) => p.result.dimensions[i]!.score), d.target] })),
    [{ name: 'Today', role: 'primary' }, ...phases.map((p, index) => ({ name: `After ${p.name}`, role: 'projection' as const, index })), { name: 'Target level', role: 'target' }],
    { title: 'Score today, projected after each phase, and target, by dimension (the table has the same data)', ...options },
  );
}
