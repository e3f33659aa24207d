// The roadmap step of /assess/ (RoadmapStep.astro) and the roadmap page of the printed report.
// Every figure and every rule (projection, prerequisite order, candidates) comes from the pure
// src/assessment/roadmap.ts; this file draws them as DOM and reads the user's edits back.
import {
  addSteps,
  emptyRoadmap,
  itemDetails,
  placeItem,
  prerequisitesOf,
  projectRoadmap,
  quarterNames,
  removePhase,
  roadmapCandidates,
  roadmapCsv,
  roadmapRadar,
  seedRoadmap,
  ROADMAP_MAX_PHASES,
  type Placement,
  type PhaseProjection,
  type Roadmap,
  type RoadmapItem,
} from '../../assessment/roadmap.ts';
import { questionNumbers } from '../../assessment/compare.ts';
import { scoreAssessment, type AssessmentResult } from '../../assessment/score.ts';
import { roadmapItemKey } from '../../schema/roadmap.ts';
import type { Answers, AssessmentModel, Level } from '../../schema/assessment.ts';
import { download, el, fileSlug } from '../scorecard-view/dom.ts';
import { fixed } from '../scorecard-view/format.ts';
import type { ModelData } from '../scorecard-view/model-data.ts';

export interface RoadmapHost {
  data: ModelData;
  /** The answers, targets and roadmap as saved now. */
  current(): { answers: Answers; targets: Partial<Record<string, Level>>; roadmap: Roadmap | undefined; organization: string; team: string };
  /** Saves a changed roadmap (undefined removes it). */
  save(roadmap: Roadmap | undefined): void;
  /** Keeps the assessment in the history before the roadmap is removed. */
  keep(): Promise<void>;
  /** Prints the report with the roadmap as its second page. */
  printReport(): void;
  today(): string;
}

/** An input (apart from `el`: `autocomplete`'s type is a union too large for TypeScript to infer through it). */
function input({ type = 'text', value, maxLength }: { type?: string; value: string; maxLength?: number }): HTMLInputElement {
  const field = document.createElement('input');
  Object.assign(field, { type, value, ...(maxLength && { maxLength }) });
  return field;
}

/** A label around its control (typed apart from `el`: TypeScript cannot infer `el('label', …)`). */
function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(text, control);
  return label;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "level 2 (2.3)" cells of the projection table: the level, its score, whether it rose or met the target. */
function projectionTable(model: AssessmentModel, current: AssessmentResult, phases: readonly PhaseProjection[], caption: string): HTMLTableElement {
  // Phase names alone head the columns (the caption says "after"), so six columns fit a phone.
  const columns = ['Today', ...phases.map((p) => p.name), 'Target'];
  const cell = (level: Level | null, score: number | null, target: Level, before: Level | null) => {
    const td = el('td', {}, level === null ? '–' : String(level));
    if (score !== null) td.append(el('span', { className: 'score' }, fixed(score)));
    const up = before !== null && level !== null && level > before;
    const met = level !== null && level >= target;
    td.classList.toggle('up', up);
    td.classList.toggle('met', met);
    if (met) td.append(el('span', { className: 'visually-hidden' }, ' (target met)'));
    else if (up) td.append(el('span', { className: 'visually-hidden' }, ' (up)'));
    return td;
  };
  // data-label names each cell for the card layout of narrow screens, where the header row is hidden.
  const labelled = (row: HTMLTableRowElement) => {
    row.querySelectorAll('td').forEach((td, i) => (td.dataset.label = columns[i]!));
    return row;
  };
  const rows = current.dimensions.map((d, i) => {
    let before = d.level;
    return labelled(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, d.title),
        cell(d.level, d.score, d.target, null),
        ...phases.map((p) => {
          const projected = p.result.dimensions[i]!;
          const td = cell(projected.level, projected.score, d.target, before);
          before = projected.level;
          return td;
        }),
        el('td', {}, String(d.target)),
      ),
    );
  });
  let before = current.level;
  const overall = el(
    'tr',
    { className: 'overall-row' },
    el('th', { scope: 'row' }, 'Overall'),
    el('td', {}, current.level === null ? '–' : String(current.level), el('span', { className: 'score' }, fixed(current.score))),
    ...phases.map((p) => {
      const td = el('td', {}, p.result.level === null ? '–' : String(p.result.level), el('span', { className: 'score' }, fixed(p.result.score)));
      td.classList.toggle('up', before !== null && p.result.level !== null && p.result.level > before);
      before = p.result.level;
      return td;
    }),
    el('td', {}, ''),
  );
  return el(
    'table',
    { className: 'projection-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Dimension'), ...columns.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...rows, labelled(overall)),
  );
}

/** Draws and wires the roadmap step; returns `render` for the page to call when the step shows. */
export function wireRoadmap(section: HTMLElement, host: RoadmapHost): { render(): void } {
  const { model, concepts } = host.data;
  const numbers = questionNumbers(model);
  const part = (name: string) => section.querySelector<HTMLElement>(`[data-roadmap="${name}"]`)!;
  const status = part('status');
  const removeDialog = section.querySelector<HTMLDialogElement>('#roadmap-remove-dialog')!;

  const say = (message: string) => {
    status.hidden = !message;
    status.textContent = message;
  };
  const itemName = (item: RoadmapItem) => `question ${numbers.get(item.question) ?? item.question}${item.kind === 'raise' ? ` to level ${item.to}` : ' (find out)'}`;
  /** What a placement did, in a sentence: held back, and what moved with it. */
  const explain = (placement: Placement) => {
    const phases = placement.roadmap.phases;
    const lines: string[] = [];
    if (placement.held) {
      const { because, phase, asked } = placement.held;
      lines.push(`Kept in ${phases[phase]}, not ${phases[asked]}: it builds on ${itemName(because)}, planned in ${phases[because.phase]}.`);
    }
    for (const move of placement.moved) lines.push(`Moved ${itemName(move.item)} to ${phases[move.to]} with ${itemName(move.because)}, which it builds on.`);
    return lines.join(' ');
  };

  const update = (roadmap: Roadmap | undefined, message = '', focusKey?: string) => {
    host.save(roadmap);
    render();
    say(message);
    if (focusKey) section.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"] [data-field="phase"]`)?.focus();
  };

  section.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { answers, targets, roadmap } = host.current();
    const action = button.dataset.roadmapAction;
    if (action === 'seed') {
      const seeded = seedRoadmap(model, answers, targets);
      update(seeded, `Planned ${plural(seeded.items.length, 'step')}: the five to do next in Now, the other next steps in Next, and the rungs after them in Later. Move, remove or add steps below.`);
      part('plan').querySelector<HTMLInputElement>('input')?.focus();
    } else if (action === 'blank') {
      update(emptyRoadmap(), 'An empty roadmap with three phases: add steps from “Not planned yet”.');
      part('plan').querySelector<HTMLInputElement>('input')?.focus();
    } else if (!roadmap) {
      return;
    } else if (action === 'add-phase') {
      if (roadmap.phases.length >= ROADMAP_MAX_PHASES) return;
      const name = `Phase ${roadmap.phases.length + 1}`;
      update({ ...roadmap, phases: [...roadmap.phases, name] }, `Added the phase “${name}”.`);
      part('phase-names').querySelector<HTMLInputElement>('li:last-child input')?.focus();
    } else if (action === 'quarters') {
      const phases = quarterNames(host.today(), roadmap.phases.length);
      update({ ...roadmap, phases }, `The phases are now ${phases.join(', ')}.`);
    } else if (button.dataset.removePhase !== undefined) {
      const index = Number(button.dataset.removePhase);
      const moving = roadmap.items.filter((i) => i.phase === index).length;
      const into = roadmap.phases[index === 0 ? 1 : index - 1];
      update(removePhase(model, roadmap, index), `Removed the phase “${roadmap.phases[index]}”${moving ? `; its ${plural(moving, 'step')} moved to ${into}` : ''}.`);
      part('phase-names').querySelector<HTMLInputElement>('input')?.focus();
    } else if (button.dataset.removeItem !== undefined) {
      const index = roadmap.items.findIndex((item) => roadmapItemKey(item) === button.dataset.removeItem);
      const item = roadmap.items[index]!;
      const dependants = roadmap.items.filter((_, i) => prerequisitesOf(model, roadmap, i).includes(index));
      update(
        { ...roadmap, items: roadmap.items.filter((_, i) => i !== index) },
        `Removed ${itemName(item)} from the roadmap; it is back under “Not planned yet”.${dependants.length ? ` ${plural(dependants.length, 'step')} built on it and stay planned.` : ''}`,
      );
      part('candidates').querySelector<HTMLElement>('button')?.focus();
    } else if (button.dataset.addStep !== undefined || button.dataset.addAll !== undefined) {
      const candidates = roadmapCandidates(model, answers, targets, roadmap);
      const select = button.parentElement!.querySelector<HTMLSelectElement>('select')!;
      const steps = button.dataset.addAll !== undefined ? candidates : candidates.filter((s) => `${s.questionId}:${s.kind === 'raise' ? s.to : 'find-out'}` === button.dataset.addStep);
      const placement = addSteps(model, roadmap, steps, Number(select.value));
      const added = steps.length === 1 ? itemName(placement.roadmap.items.at(-1)!) : plural(steps.length, 'step');
      const where = placement.roadmap.phases[steps.length === 1 ? placement.roadmap.items.at(-1)!.phase : Number(select.value)];
      update(placement.roadmap, `Added ${added} to ${where}. ${explain(placement)}`.trim(), steps.length === 1 ? roadmapItemKey(placement.roadmap.items.at(-1)!) : undefined);
    } else if (action === 'csv') {
      const csv = roadmapCsv(model, roadmap, (id) => new URL(concepts[id]?.url ?? '', location.href).href);
      const { organization, team } = host.current();
      download(`${fileSlug(organization, team, 'roadmap', host.today())}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    } else if (action === 'print') {
      host.printReport();
    } else if (action === 'remove') {
      removeDialog.returnValue = '';
      removeDialog.showModal();
    }
  });

  removeDialog.addEventListener('close', async () => {
    if (removeDialog.returnValue !== 'remove') return;
    await host.keep();
    update(undefined, 'The roadmap was removed. The assessment with it is kept in the history on the start screen.');
    section.querySelector<HTMLElement>('[data-roadmap-action="seed"]')?.focus();
  });

  // Owner, due date and phase names save as the user types; a phase change re-plans at once.
  section.addEventListener('change', (event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    const { roadmap } = host.current();
    if (!roadmap) return;
    if (field.dataset.phaseName !== undefined) {
      const index = Number(field.dataset.phaseName);
      const name = field.value.trim().slice(0, 60);
      if (!name) {
        field.value = roadmap.phases[index]!;
        return say('A phase needs a name: the old one is kept.');
      }
      const phases = roadmap.phases.map((p, i) => (i === index ? name : p));
      return update({ ...roadmap, phases }, `Phase ${index + 1} is now “${name}”.`);
    }
    const key = field.closest<HTMLElement>('[data-key]')?.dataset.key;
    const index = roadmap.items.findIndex((item) => roadmapItemKey(item) === key);
    if (index < 0) return;
    if (field.dataset.field === 'phase') {
      const placement = placeItem(model, roadmap, index, Number(field.value));
      const placed = placement.roadmap.items[index]!;
      return update(placement.roadmap, `Moved ${itemName(placed)} to ${placement.roadmap.phases[placed.phase]}. ${explain(placement)}`.trim(), key);
    }
    if (field.dataset.field === 'owner' || field.dataset.field === 'due') {
      const items = roadmap.items.map((item, i) => {
        if (i !== index) return item;
        if (field.dataset.field === 'owner') return { ...item, owner: field.value.slice(0, 200) };
        const { due: _, ...rest } = item;
        return /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? { ...rest, due: field.value } : rest;
      });
      host.save({ ...roadmap, items });
    }
  });

  function render() {
    const { answers, targets, roadmap } = host.current();
    const current = scoreAssessment(model, answers, targets);
    const answered = Object.values(answers).some((a) => a.value !== undefined);
    part('empty').hidden = Boolean(roadmap);
    part('plan').hidden = !roadmap;
    if (!roadmap) {
      const none = roadmapCandidates(model, answers, targets, emptyRoadmap()).length === 0;
      part('empty-text').textContent = !answered
        ? 'No roadmap yet. Answer some questions first: the roadmap is planned from the next steps of your results.'
        : none
          ? 'No roadmap yet, and nothing to plan: every dimension is at or above its target. Raise a target on the start screen to plan further.'
          : 'No roadmap yet. Start from your next steps: the five to do next go to Now, the other next steps to Next, and the rungs after them to Later. You can then move, remove and add steps, and rename the phases.';
      section.querySelector<HTMLButtonElement>('[data-roadmap-action="seed"]')!.disabled = !answered || none;
      return;
    }
    const phases = projectRoadmap(model, answers, targets, roadmap);
    const details = itemDetails(model, roadmap);

    part('phase-names').replaceChildren(
      ...roadmap.phases.map((name, i) => {
        const nameField = input({ value: name, maxLength: 60 });
        nameField.dataset.phaseName = String(i);
        const remove: HTMLButtonElement = el('button', { type: 'button', disabled: roadmap.phases.length === 1 }, 'Remove');
        remove.dataset.removePhase = String(i);
        remove.setAttribute('aria-label', `Remove the phase ${name}`);
        return el('li', {}, labelled(`Phase ${i + 1}`, nameField), remove);
      }),
    );
    section.querySelector<HTMLButtonElement>('[data-roadmap-action="add-phase"]')!.disabled = roadmap.phases.length >= ROADMAP_MAX_PHASES;

    part('radar').innerHTML = current.score === null ? '' : roadmapRadar(current, phases, { fontSize: 19, radius: 140, wrap: 13, id: 'roadmap-radar' }); // escaped by radarSvg
    part('table').replaceChildren(projectionTable(model, current, phases, 'Level by dimension today, after each phase, and the target'));

    const phaseSelect = (selected: number, label: string): HTMLSelectElement => {
      const select = document.createElement('select');
      select.append(...roadmap.phases.map((name, i) => el('option', { value: String(i), selected: i === selected }, name)));
      select.setAttribute('aria-label', label);
      return select;
    };
    const prerequisiteText = (index: number) => {
      const before = prerequisitesOf(model, roadmap, index).map((i) => roadmap.items[i]!);
      return before.length ? ` · after ${before.map((b) => `${itemName(b)} (${roadmap.phases[b.phase]})`).join(', ')}` : '';
    };
    part('phases').replaceChildren(
      ...phases.map((phase) => {
        const indices = roadmap.items.flatMap((item, i) => (item.phase === phase.index ? [i] : []));
        const headingId = `roadmap-phase-${phase.index}`;
        const section = el(
          'section',
          { className: 'roadmap-phase' },
          el('h3', { id: headingId }, phase.name, el('span', { className: 'count' }, plural(indices.length, 'step'))),
          indices.length
            ? el(
                'ol',
                { className: 'roadmap-items' },
                ...indices.map((i) => {
                  const item = roadmap.items[i]!;
                  const detail = details[i];
                  const key = roadmapItemKey(item);
                  const actionId = `roadmap-action-${key.replace(/[^a-z0-9-]/gi, '-')}`;
                  const value = answers[item.question]?.value;
                  const reached = item.kind === 'raise' && typeof value === 'number' && value >= item.to!;
                  const owner = input({ value: item.owner, maxLength: 200 });
                  owner.setAttribute('autocomplete', 'off');
                  owner.dataset.field = 'owner';
                  const due = input({ type: 'date', value: item.due ?? '' });
                  due.dataset.field = 'due';
                  const phaseField = phaseSelect(item.phase, `Phase of ${itemName(item)}`);
                  phaseField.dataset.field = 'phase';
                  for (const field of [owner, due, phaseField]) field.setAttribute('aria-describedby', actionId);
                  const remove: HTMLButtonElement = el('button', { type: 'button' }, 'Remove');
                  remove.dataset.removeItem = key;
                  remove.setAttribute('aria-label', `Remove ${itemName(item)} from the roadmap`);
                  const li = el(
                    'li',
                    { className: 'roadmap-item' },
                    el('p', { className: 'step-action', id: actionId }, detail?.action ?? item.question),
                    el('p', { className: 'meta' }, detail ? `Question ${detail.number} · ${detail.dimensionTitle} · ${item.kind === 'raise' ? `level ${item.to! - 1} → ${item.to}` : 'find out'}${prerequisiteText(i)}` : 'A question this model does not have'),
                    ...(detail?.reached ? [el('p', { className: 'reached' }, `Level ${item.to} looks like: ${detail.reached}`)] : []),
                    ...(reached ? [el('p', { className: 'reached' }, `Your answer is already at level ${value}: this step is reached.`)] : []),
                    el('div', { className: 'roadmap-fields' }, labelled('Phase', phaseField), labelled('Owner', owner), labelled('Due', due), remove),
                  );
                  li.dataset.key = key;
                  return li;
                }),
              )
            : el('p', { className: 'muted' }, 'Nothing planned in this phase yet.'),
        );
        section.setAttribute('aria-labelledby', headingId);
        return section;
      }),
    );

    const candidates = roadmapCandidates(model, answers, targets, roadmap);
    const last = roadmap.phases.length - 1;
    section.querySelector('#roadmap-candidates-title')!.replaceChildren('Not planned yet', ' ', el('span', { className: 'count' }, plural(candidates.length, 'step')));
    if (!candidates.length) {
      part('candidates').replaceChildren(el('p', {}, 'Nothing left to plan: once this roadmap is done, every dimension reaches its target.'));
      return;
    }
    const addAll = el('button', { type: 'button' }, `Add all ${candidates.length}`);
    addAll.dataset.addAll = '';
    part('candidates').replaceChildren(
      el('p', {}, 'The next steps once the roadmap above is done, by the same rules as the next steps of the results: plan one and the rung above it is offered, until each dimension reaches its target.'),
      el('div', { className: 'add-all' }, labelled('To ', phaseSelect(last, 'Phase to add every step to')), addAll),
      el(
        'ol',
        { className: 'roadmap-items' },
        ...candidates.map((step) => {
          const key = `${step.questionId}:${step.kind === 'raise' ? step.to : 'find-out'}`;
          const add = el('button', { type: 'button' }, 'Add');
          add.dataset.addStep = key;
          const name = `question ${numbers.get(step.questionId)}${step.kind === 'raise' ? ` to level ${step.to}` : ' (find out)'}`;
          add.setAttribute('aria-label', `Add ${name}`);
          return el(
            'li',
            { className: 'roadmap-item' },
            el('p', { className: 'step-action' }, step.action),
            el('p', { className: 'meta' }, `Question ${numbers.get(step.questionId)} · ${step.dimensionTitle} · ${step.kind === 'raise' ? `level ${step.from} → ${step.to}` : 'unanswered'}`),
            el('div', { className: 'roadmap-fields' }, labelled('Phase', phaseSelect(last, `Phase for ${name}`)), add),
          );
        }),
      ),
    );
  }

  return { render };
}

/**
 * The roadmap page of the printed report: the projection (radar and table) and each phase's
 * steps with owner and due date. Empty when there is no roadmap.
 */
export function renderRoadmapPrint(container: HTMLElement, model: AssessmentModel, answers: Answers, targets: Partial<Record<string, Level>>, roadmap: Roadmap | undefined, subject = '') {
  container.replaceChildren();
  if (!roadmap?.items.length) return;
  const current = scoreAssessment(model, answers, targets);
  const phases = projectRoadmap(model, answers, targets, roadmap);
  const details = itemDetails(model, roadmap);
  container.append(
    el('h3', {}, subject ? `Roadmap · ${subject}` : 'Roadmap'),
    el(
      'div',
      { className: 'roadmap-print-top' },
      Object.assign(el('figure', { className: 'radar' }), { innerHTML: current.score === null ? '' : roadmapRadar(current, phases, { fontSize: 19, radius: 140, wrap: 13, id: 'roadmap-print-radar' }) }),
      projectionTable(model, current, phases, 'Level by dimension today, after each phase, and the target'),
    ),
    ...phases
      .filter((p) => p.items.length)
      .map((phase) =>
        el(
          'section',
          { className: 'roadmap-print-phase' },
          el('h4', {}, `${phase.name} · ${plural(phase.items.length, 'step')}`),
          el(
            'table',
            {},
            el('thead', {}, el('tr', {}, ...['Q', 'Step', 'Owner', 'Due'].map((h) => el('th', { scope: 'col' }, h)))),
            el(
              'tbody',
              {},
              ...roadmap.items.flatMap((item, i) =>
                item.phase === phase.index ? [el('tr', {}, el('td', {}, details[i]?.number ?? ''), el('td', {}, details[i]?.action ?? item.question), el('td', {}, item.owner), el('td', {}, item.due ?? ''))] : [],
              ),
            ),
          ),
        ),
      ),
  );
}
