// The evidence register on /assess/: the editor under each question and the summary in the
// results. Statuses and counts come from the pure src/assessment/evidence.ts; this file only
// draws them as DOM (never markup strings built from user text) and reads the inputs back.
import { evidenceRegister, evidenceStatus, STATUS_WORDS, type EvidenceStatus } from '../../assessment/evidence.ts';
import { EVIDENCE_MAX_ITEMS, type Answers, type AssessmentModel, type EvidenceItem } from '../../schema/assessment.ts';

type Field = 'title' | 'ref' | 'owner' | 'collected' | 'reviewBy';
const FIELDS: { field: Field; label: string; type: 'text' | 'date'; max?: number }[] = [
  { field: 'title', label: 'Title', type: 'text', max: 300 },
  { field: 'ref', label: 'Link or reference', type: 'text', max: 2000 },
  { field: 'owner', label: 'Owner', type: 'text', max: 200 },
  { field: 'collected', label: 'Collected', type: 'date' },
  { field: 'reviewBy', label: 'Review by', type: 'date' },
];

export interface EvidenceStore {
  get(questionId: string): EvidenceItem[];
  set(questionId: string, items: EvidenceItem[]): void;
  today(): string;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const statusBadge = (status: EvidenceStatus) => el('span', { className: `evidence-status status-${status}`, textContent: STATUS_WORDS[status] });

/** "(2 items, 1 expired)": the summary line of a question's register. */
function countText(items: EvidenceItem[], today: string): string {
  const listed = items.filter((i) => i.title.trim());
  if (!listed.length) return '';
  const expired = listed.filter((i) => evidenceStatus(i, today) === 'expired').length;
  return `(${listed.length} item${listed.length > 1 ? 's' : ''}${expired ? `, ${expired} expired` : ''})`;
}

/** Draws one question's register from the saved items. */
export function drawEvidence(editor: HTMLElement, items: EvidenceItem[], today: string) {
  const list = editor.querySelector<HTMLOListElement>('[data-evidence-items]')!;
  list.replaceChildren(
    ...items.map((item, index) => {
      const row = el('li', { className: 'evidence-item' });
      row.dataset.index = String(index);
      const group = el('fieldset', {}, el('legend', { textContent: `Evidence ${index + 1}` }));
      for (const { field, label, type, max } of FIELDS) {
        const input = document.createElement('input');
        input.type = type;
        input.value = item[field] ?? '';
        input.dataset.field = field;
        if (max) input.maxLength = max;
        const wrap = document.createElement('label');
        wrap.className = `evidence-field field-${field}`;
        wrap.append(el('span', { textContent: label }), input);
        group.append(wrap);
      }
      const status = el('p', { className: 'evidence-state' }, 'Status: ', statusBadge(evidenceStatus(item, today)));
      status.dataset.evidenceState = '';
      const remove = el('button', { type: 'button', textContent: 'Remove' });
      remove.dataset.evidenceRemove = '';
      remove.setAttribute('aria-label', `Remove evidence ${index + 1}${item.title ? `: ${item.title}` : ''}`);
      group.append(el('div', { className: 'evidence-row-end' }, status, remove));
      row.append(group);
      return row;
    }),
  );
  const titles = new Set(items.map((i) => i.title.trim()));
  for (const box of editor.querySelectorAll<HTMLInputElement>('[data-evidence-hint]')) box.checked = titles.has(box.dataset.evidenceHint!);
  editor.querySelector('[data-evidence-count]')!.textContent = countText(items, today);
  editor.querySelector<HTMLButtonElement>('[data-evidence-add]')!.disabled = items.length >= EVIDENCE_MAX_ITEMS;
}

/** Draws every question's register; open the ones that hold evidence, so it is seen. */
export function fillEvidence(root: HTMLElement, answers: Answers, today: string) {
  for (const editor of root.querySelectorAll<HTMLDetailsElement>('[data-evidence]')) {
    const items = answers[editor.dataset.evidence!]?.evidence ?? [];
    drawEvidence(editor, items, today);
  }
}

/** Reads edits back into the store: typing updates the item in place, so focus never jumps. */
export function wireEvidenceEditors(root: HTMLElement, store: EvidenceStore) {
  const editorOf = (target: EventTarget | null) => (target as HTMLElement | null)?.closest<HTMLElement>('[data-evidence]') ?? null;

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const editor = editorOf(target);
    if (!editor) return;
    const id = editor.dataset.evidence!;
    const items = store.get(id).map((i) => ({ ...i }));
    const today = store.today();
    if (target.dataset.evidenceHint !== undefined) {
      const hint = target.dataset.evidenceHint;
      const next = target.checked ? (items.length < EVIDENCE_MAX_ITEMS ? [...items, { title: hint, ref: '', owner: '' }] : items) : items.filter((i) => i.title.trim() !== hint);
      store.set(id, next);
      drawEvidence(editor, next, today);
      return;
    }
    const field = target.dataset.field as Field | undefined;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!field || !row) return;
    const item = items[Number(row.dataset.index)]!;
    if (field === 'collected' || field === 'reviewBy') {
      if (target.value) item[field] = target.value;
      else delete item[field];
    } else item[field] = target.value;
    store.set(id, items);
    row.querySelector('[data-evidence-state]')!.replaceChildren('Status: ', statusBadge(evidenceStatus(item, today)));
    editor.querySelector('[data-evidence-count]')!.textContent = countText(items, today);
    const titles = new Set(items.map((i) => i.title.trim()));
    for (const box of editor.querySelectorAll<HTMLInputElement>('[data-evidence-hint]')) box.checked = titles.has(box.dataset.evidenceHint!);
  });

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const editor = editorOf(target);
    if (!editor) return;
    const id = editor.dataset.evidence!;
    const items = store.get(id);
    if (target.closest('[data-evidence-add]')) {
      if (items.length >= EVIDENCE_MAX_ITEMS) return;
      const next = [...items, { title: '', ref: '', owner: '' }];
      store.set(id, next);
      drawEvidence(editor, next, store.today());
      editor.querySelector<HTMLInputElement>(`[data-index="${next.length - 1}"] [data-field="title"]`)!.focus();
    } else if (target.closest('[data-evidence-remove]')) {
      const index = Number(target.closest<HTMLElement>('[data-index]')!.dataset.index);
      const next = items.filter((_, i) => i !== index);
      store.set(id, next);
      drawEvidence(editor, next, store.today());
      editor.querySelector<HTMLButtonElement>('[data-evidence-add]')!.focus();
    }
  });
}

/** The results' evidence section: totals, expired items flagged by question, counts per dimension. */
export function renderEvidenceSummary(section: HTMLElement, model: AssessmentModel, answers: Answers, today: string) {
  const register = evidenceRegister(model, answers, today);
  section.hidden = register.total.total === 0;
  if (section.hidden) return;
  const { total } = register;
  section.querySelector('[data-evidence-total]')!.textContent =
    `${total.total} item${total.total > 1 ? 's' : ''} as of ${today}: ${total.current} current, ${total.expiring} expiring within 30 days, ${total.expired} expired, ${total.undated} without a review date.`;
  const prompts = new Map(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.prompt] as const)));
  const expiredBox = section.querySelector<HTMLElement>('[data-evidence-expired]')!;
  expiredBox.replaceChildren();
  if (register.expired.length) {
    expiredBox.append(
      el('p', { className: 'evidence-flag' }, el('strong', { textContent: `Expired evidence (${register.expired.length})` }), el('span', { className: 'evidence-why', textContent: ': past its review-by date, so the answers it backs need fresh evidence.' })),
      el(
        'ul',
        { className: 'evidence-expired' },
        ...register.expired.map((e) =>
          el(
            'li',
            {},
            el('strong', { textContent: e.item.title }),
            // On paper only the title and the date: the report has one page, the CSV has the rest.
            el('span', { className: 'evidence-due', textContent: ` (due ${e.item.reviewBy})` }),
            el('span', { className: 'evidence-detail' }, ` · review was due ${e.item.reviewBy}${e.item.owner ? ` · owner ${e.item.owner}` : ''} · `, el('span', { className: 'muted', textContent: `${e.questionId}: ${prompts.get(e.questionId) ?? ''}` })),
          ),
        ),
        // The one-page report lists three; the rest are in the evidence CSV.
        ...(register.expired.length > 3 ? [el('li', { className: 'evidence-more', textContent: `and ${register.expired.length - 3} more in the evidence CSV` })] : []),
      ),
    );
  }
  section.querySelector('[data-evidence-table] tbody')!.replaceChildren(
    ...model.dimensions
      .filter((d) => register.byDimension[d.id]!.total)
      .map((d) => {
        const c = register.byDimension[d.id]!;
        const cells = [['Items', c.total], ['Current', c.current], ['Expiring', c.expiring], ['Expired', c.expired], ['No date', c.undated]] as const;
        // The label shows above each figure when the table is drawn as cards on a phone.
        const figures = cells.map(([label, n]) => {
          const cell = el('td', { textContent: String(n) });
          cell.dataset.label = label;
          return cell;
        });
        return el('tr', {}, el('th', { scope: 'row', textContent: d.title }), ...figures);
      }),
  );
}
