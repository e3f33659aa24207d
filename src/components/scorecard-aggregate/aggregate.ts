// The aggregate island: many team scorecards picked or dropped at once; the ones refused are
// listed with their reasons and the rest are aggregated by the engine into a title block, a
// heatmap table (per-team cards on phones), statistics per dimension, the teams below target,
// and the exports: print, a slide picture of the heatmap, and a CSV. With many teams the rows
// and cards come 50 at a time; the statistics, the summary and the exports always count all.
import { aggregateCsv, aggregateScorecards, belowTargetSummary, displayLabels, type Aggregate, type Stats, type TeamCell } from '../../assessment/aggregate.ts';
import { anonymiseScorecard, isAnonymous } from '../../assessment/anonymise.ts';
import { AGGREGATE_KICKER, aggregateSlide, aggregateTitleBlock } from '../../assessment/aggregate-report.ts';
import { shortDimensionLabel } from '../../assessment/heatmap.ts';
import type { Level } from '../../schema/assessment.ts';
import { fillPrintFooter, titleBlockElement } from '../report/title-block.ts';
import { download, el, fileSlug, symbol } from '../scorecard-view/dom.ts';
import { downloadPicture } from '../scorecard-view/svg-to-png.ts';
import { acceptDrops, guardPageDrops, takeFiles } from '../scorecard-view/drop-zone.ts';
import { fixed, levelName } from '../scorecard-view/format.ts';
import { decodeShareFragment } from '../../assessment/share-link.ts';
import { pastedLinks, type PastedLink } from './pasted-links.ts';
import { wireScan } from './scan.ts';
import { readScorecardFiles, readScorecardText, scorecardReading, yieldToBrowser, type Loaded, type LoadResult } from '../scorecard-view/scorecard-files.ts';
import { startWithModelData, type ModelData } from '../scorecard-view/model-data.ts';

/** Team rows and cards drawn at first and per "Show more": laying out a thousand takes seconds. */
const TEAMS_AT_FIRST = 50;
/** Teams drawn per turn after "Show all". */
const DRAWN_PER_TURN = 200;
/** Team names listed per dimension below target before "and 480 more". */
const NAMES_AT_FIRST = 20;
/** Files listed under "Scorecards" (each with its notices); the rest are counted. */
const FILES_LISTED = 100;

const root = document.querySelector<HTMLElement>('[data-scorecard-aggregate]');
if (root) startWithModelData(root, start);

function start(root: HTMLElement, data: ModelData) {
  const { model, versions } = scorecardReading(data);
  const input = root.querySelector<HTMLInputElement>('#aggregate-files')!;
  const status = root.querySelector<HTMLElement>('#aggregate-status')!;
  const refusedHolder = root.querySelector<HTMLElement>('#aggregate-refused')!;
  const results = root.querySelector<HTMLElement>('#aggregate-results')!;
  const clear = root.querySelector<HTMLButtonElement>('#aggregate-clear')!;
  const scroller = root.querySelector<HTMLElement>('#aggregate-table')!;
  const cards = root.querySelector<HTMLElement>('[data-aggregate="cards"]')!;
  // Under the table (or the cards on a phone): how many teams are drawn, and the buttons for more.
  const more = el('div', { className: 'aggregate-more', id: 'aggregate-more' });
  cards.after(more);
  const teams: Loaded[] = [];
  /** What makes a loaded scorecard a repeat: see add(). */
  const seen = new Set<string>();
  let aggregate: Aggregate | undefined;
  /** How many teams the table and the cards draw. */
  let shown = TEAMS_AT_FIRST;
  /** Files are added one choice after another, in order; clearing drops a reading under way. */
  let reading = Promise.resolve();
  let generation = 0;

  root.classList.add('js');
  guardPageDrops();
  input.addEventListener('change', () => add(takeFiles(input)));
  const pasteForm = root.querySelector<HTMLFormElement>('#aggregate-paste')!;
  const pasteBox = pasteForm.querySelector<HTMLTextAreaElement>('textarea')!;
  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    reading = reading.then(async () => void (await addLinks(pasteBox.value)));
  });
  void wireScan(root, (text, n) => {
    const added = reading.then(() => addLinks(text, `Code ${n}`));
    reading = added.then(() => {});
    return added;
  });
  acceptDrops(root.querySelector<HTMLElement>('[data-drop-zone]')!, (files) => add(files));
  clear.addEventListener('click', () => {
    generation++;
    teams.length = 0;
    seen.clear();
    shown = TEAMS_AT_FIRST;
    refusedHolder.replaceChildren();
    render();
    input.focus();
  });
  results.addEventListener('click', async (event) => {
    const kind = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-export]')?.dataset.export;
    if (!kind || !aggregate) return;
    const today = new Date().toISOString().slice(0, 10);
    const name = (ext: string) => `${fileSlug(aggregateTitleBlock(model, aggregate!).heading, 'teams', today)}.${ext}`;
    const slide = () => aggregateSlide(model, aggregate!, { source: `Converge · ${location.host}${location.pathname}` });
    if (kind === 'csv') download(`converge-teams-${today}.csv`, new Blob([aggregateCsv(model, aggregate)], { type: 'text/csv;charset=utf-8' }));
    if (kind === 'svg' || kind === 'png') await downloadPicture(kind, name(kind), slide());
    if (kind === 'print') print();
  });
  const anonymiseSwitch = root.querySelector<HTMLInputElement>('[data-anonymise]')!;
  anonymiseSwitch.addEventListener('change', render);
  fillPrintFooter(root);
  new ResizeObserver(markOverflow).observe(scroller);
  // Files chosen before this script ran (a slow phone, or the browser restoring the form) still count.
  if (input.files?.length) add(takeFiles(input));

  function add(files: File[]) {
    reading = reading.then(() => addNow(files));
  }

  /** Adds the files to those already loaded; a refused file is listed and the others still count. */
  async function addNow(files: File[]) {
    if (files.length === 0) return;
    const started = generation;
    if (files.length > 50) status.replaceChildren(`Reading ${files.length.toLocaleString('en')} files…`);
    const refused: { name: string; reason: string }[] = [];
    // Read in chunks with the browser given a turn between them: a thousand files stay responsive.
    const reads = await readScorecardFiles(files, (text, source) => readScorecardText(text, source, model, versions), (r) => r);
    if (started !== generation) return;
    for (const [i, read] of reads.entries()) {
      const file = files[i]!;
      // A named scorecard loaded twice is one team counted twice. Anonymous ones of a class can
      // be identical (same answers, same month) yet be different people: only the same file
      // chosen again is a repeat.
      const key = read.ok && isAnonymous(read.scorecard) ? `file\u0000${file.name}\u0000${file.size}\u0000${file.lastModified}` : read.ok ? JSON.stringify(read.scorecard) : '';
      const reason = keep(read, key, 'This file is already loaded, so it is counted once.');
      if (reason) refused.push({ name: `“${read.source}”`, reason });
    }
    showRefused(refused, files.length, 'file');
    render();
  }

  /**
   * Adds the scorecards of pasted share links, read exactly as files are; a refused link is
   * named by its line. When every link counted the box empties, otherwise it stays as pasted
   * so the line numbers still point at the links refused.
   */
  async function addLinks(text: string, scanned?: string): Promise<string> {
    const links: PastedLink[] = scanned ? [{ line: 0, fragment: text.includes('#') ? text.slice(text.indexOf('#') + 1) : text }] : pastedLinks(text);
    if (links.length === 0) {
      showRefused([{ name: 'Nothing to add:', reason: 'paste share links (…/scorecard/#v1.…) into the box, one per line.' }], 0, 'link');
      return '';
    }
    const started = generation;
    const refused: { name: string; reason: string }[] = [];
    for (const link of links) {
      const decoded = await decodeShareFragment(link.fragment, versions);
      if (started !== generation) return '';
      const source = scanned ? `scanned QR code ${scanned.slice(5)}` : `pasted link, line ${link.line}`;
      const read = decoded.ok ? readScorecardText(decoded.text, source, model, versions) : { ok: false as const, source, error: decoded.error };
      // As with files, an anonymous scorecard is a repeat only when it is the same link again.
      const key = read.ok && isAnonymous(read.scorecard) ? `link\u0000${link.fragment}` : read.ok ? JSON.stringify(read.scorecard) : '';
      const reason = keep(read, key, 'This link is already loaded, so it is counted once. (Two people with exactly the same answers give the same anonymous link: one of them can add a team name and share again.)');
      if (reason) refused.push({ name: scanned ? `${scanned}:` : `Line ${link.line}:`, reason });
      if (links.length > 50) await yieldToBrowser();
    }
    if (scanned) {
      // Said in the scan dialog, over the camera picture; the page behind it shows the totals.
      render();
      return refused.length ? `${scanned} not added: ${refused[0]!.reason}` : `${scanned} added: ${teams.length} scorecard${teams.length === 1 ? '' : 's'} loaded in all. Hold up the next one.`;
    }
    if (refused.length === 0) pasteBox.value = '';
    showRefused(refused, links.length, 'link');
    render();
    return '';
  }

  /** Counts a read scorecard unless it is refused or a repeat; returns why it was not counted. */
  function keep(read: LoadResult, key: string, repeat: string): string | undefined {
    if (!read.ok) return read.error;
    if (seen.has(key)) return isAnonymous(read.scorecard) ? repeat : 'The same scorecard is already loaded, so it is counted once.';
    seen.add(key);
    teams.push(read);
    return undefined;
  }

  function showRefused(refused: { name: string; reason: string }[], total: number, noun: 'file' | 'link') {
    refusedHolder.replaceChildren(
      ...(refused.length
        ? [
            ...(total ? [el('p', {}, `${refused.length} of ${total} ${noun}${total === 1 ? ' was' : 's were'} not loaded:`)] : []),
            el('ul', { className: 'file-list' }, ...refused.slice(0, 50).map((r) => el('li', {}, el('strong', {}, r.name), ` ${r.reason}`))),
            ...(refused.length > 50 ? [el('p', {}, `and ${(refused.length - 50).toLocaleString('en')} more.`)] : []),
          ]
        : []),
    );
    render();
  }

  function render() {
    clear.hidden = teams.length === 0;
    status.replaceChildren(teams.length === 0 ? 'No scorecards loaded yet.' : `${teams.length} scorecard${teams.length === 1 ? '' : 's'} loaded and aggregated.`);
    results.hidden = teams.length === 0;
    if (teams.length === 0) {
      aggregate = undefined;
      return;
    }
    // With the Anonymise switch on, the page and every export show the teams anonymised.
    aggregate = aggregateScorecards(model, anonymiseSwitch.checked ? teams.map((t) => ({ ...t, scorecard: anonymiseScorecard(t.scorecard) })) : teams);
    root.querySelector('[data-aggregate="title"]')!.replaceChildren(titleBlockElement(AGGREGATE_KICKER, aggregateTitleBlock(model, aggregate)));
    renderFiles(aggregate);
    renderHeatmap(aggregate);
    renderCards(aggregate);
    renderMore(aggregate);
    renderBelow(aggregate);
  }

  function renderFiles(aggregate: Aggregate) {
    const rest = teams.length - FILES_LISTED;
    root.querySelector('#aggregate-teams')!.replaceChildren(
      ...teams.slice(0, FILES_LISTED).map((t, i) =>
        el(
          'li',
          {},
          el('strong', {}, aggregate.teams[i]!.label),
          el('span', { className: 'muted' }, ` from “${t.source}”`),
          ...(t.notices.length ? [el('ul', { className: 'side-notices' }, ...t.notices.map((n) => el('li', {}, n)))] : []),
        ),
      ),
      ...(rest > 0 ? [el('li', {}, `and ${rest.toLocaleString('en')} more file${rest === 1 ? '' : 's'}, all counted above.`)] : []),
    );
  }

  /** Says how many teams are drawn when not all are, with buttons for 50 more and for all. */
  function renderMore(aggregate: Aggregate) {
    const total = aggregate.teams.length;
    const drawn = Math.min(shown, total);
    if (drawn === total) {
      more.replaceChildren();
      return;
    }
    const button = (label: string, to: number) => {
      const b = el('button', { type: 'button' }, label);
      b.addEventListener('click', () => void showMore(to));
      return b;
    };
    const next = Math.min(TEAMS_AT_FIRST, total - drawn);
    more.replaceChildren(
      el('p', { className: 'muted' }, `Showing the first ${drawn.toLocaleString('en')} of ${total.toLocaleString('en')} teams, in the order their files were loaded. The statistics, the teams below target and every export count all ${total.toLocaleString('en')}.`),
      el(
        'div',
        { className: 'button-row report-screen-only' },
        ...(next < total - drawn ? [button(`Show ${next} more teams`, drawn + next)] : []),
        button(`Show all ${total.toLocaleString('en')} teams`, total),
      ),
    );
  }

  /**
   * Draws teams up to `to` after those already drawn, a few hundred at a time with the browser
   * given a turn in between, and takes the keyboard to the first new one.
   */
  async function showMore(to: number) {
    const current = aggregate;
    if (!current) return;
    const from = Math.min(shown, current.teams.length);
    shown = to;
    updateCaption(current);
    renderMore(current);
    const labels = displayLabels(current);
    const sided = isSided(current);
    const body = scroller.querySelector('tbody')!;
    const statsCard = cards.querySelector('.stats-card')!;
    // Each turn lays the whole table out again, so the turns are few: 200 teams each.
    for (let start = from; start < Math.min(to, current.teams.length); start += DRAWN_PER_TURN) {
      if (start > from) {
        await yieldToBrowser();
        // Redrawn meanwhile (files added, Anonymise switched): that drawing already has these teams.
        if (aggregate !== current) return;
      }
      const part = current.teams.slice(start, Math.min(start + DRAWN_PER_TURN, to));
      const rows = part.map((t, i) => teamRow(t, labels[start + i]!, sided));
      const newCards = part.map((t, i) => teamCard(current, t, labels[start + i]!));
      body.append(...rows);
      statsCard.before(...newCards);
      if (start === from) {
        // The button pressed is gone: the keyboard goes on at the first team just drawn.
        const target = getComputedStyle(scroller).display === 'none' ? newCards[0]?.querySelector('h3') : rows[0]?.querySelector('th');
        if (target) {
          target.tabIndex = -1;
          target.focus();
        }
      }
    }
    markOverflow();
  }

  /** A shaded cell: the score (with ▼ when below target) over the level's name; the key gives the numbers. */
  function levelCell(score: number | null, level: Level | null, cell?: TeamCell, className = '') {
    if (level === null) return el('td', { className: `unscored ${className}` }, 'not scored');
    const td = el('td', { className }, el('span', { className: 'cell-score' }, fixed(score), ...(cell?.below ? [' ', below(cell)] : [])), el('span', { className: 'cell-level' }, model.levels[level]!.name));
    td.dataset.level = String(level);
    return td;
  }

  function below(cell: TeamCell) {
    const marker = el('span', { className: 'below', title: `Below its target of ${levelName(model, cell.target)}` }, ...symbol('▼', `below target ${levelName(model, cell.target)}`));
    return marker;
  }

  /** The integration-gap column shows once any scorecard was answered from one side. */
  function isSided(aggregate: Aggregate) {
    return aggregate.teams.some((t) => t.perspective !== 'joint');
  }

  function gapCell(t: Aggregate['teams'][number]) {
    return el(
      'td',
      { className: 'gap-cell' },
      t.integrationGap
        ? `${t.integrationGap.gap === null ? 'not comparable' : `${t.integrationGap.gap.toFixed(1)} levels`}, ${t.integrationGap.disagreements} strong disagreement${t.integrationGap.disagreements === 1 ? '' : 's'}`
        : t.perspective === 'joint'
          ? 'joint assessment'
          : 'needs the other side',
    );
  }

  function teamRow(t: Aggregate['teams'][number], label: string, sided: boolean) {
    return el('tr', {}, el('th', { scope: 'row' }, label), ...t.cells.map((c) => levelCell(c.score, c.level, c)), levelCell(t.overall.score, t.overall.level, undefined, 'overall-col'), ...(sided ? [gapCell(t)] : []));
  }

  /** The caption says when only some teams are drawn, so a screen reader hears it with the table. */
  function updateCaption(aggregate: Aggregate) {
    const total = aggregate.teams.length;
    const drawn = Math.min(shown, total);
    const caption = scroller.querySelector('caption');
    caption?.querySelector('.drawn')?.remove();
    if (caption && drawn < total) caption.append(el('span', { className: 'drawn' }, `; the first ${drawn.toLocaleString('en')} of ${total.toLocaleString('en')} teams, with statistics over all ${total.toLocaleString('en')}`));
  }

  function renderHeatmap(aggregate: Aggregate) {
    const sided = isSided(aggregate);
    const labels = displayLabels(aggregate);
    // Short headers keep eleven columns on a laptop screen; the full title is the tooltip and what a screen reader hears.
    const dimensionHead = (title: string) => {
      const short = shortDimensionLabel(title);
      if (short === title) return el('th', { scope: 'col' }, title);
      const shown = el('span', {}, short);
      shown.setAttribute('aria-hidden', 'true');
      return el('th', { scope: 'col', title }, shown, el('span', { className: 'visually-hidden' }, title));
    };
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col', className: 'team-col' }, 'Team'),
      ...aggregate.dimensions.map((d) => dimensionHead(d.title)),
      el('th', { scope: 'col', className: 'overall-col' }, 'Overall'),
      ...(sided ? [el('th', { scope: 'col' }, 'Integration gap')] : []),
    );
    const rows = aggregate.teams.slice(0, shown).map((t, n) => teamRow(t, labels[n]!, sided));
    const filler = sided ? [el('td', {})] : [];
    const statRow = (name: string, pick: (s: Stats) => number | null) =>
      el('tr', { className: 'stat' }, el('th', { scope: 'row' }, name), ...[...aggregate.dimensions, aggregate.overall].map((s, i) => el('td', { className: i === aggregate.dimensions.length ? 'number overall-col' : 'number' }, pick(s) === null ? 'not scored' : fixed(pick(s)))), ...filler.map((f) => f.cloneNode()));
    const countRow = el(
      'tr',
      { className: 'stat' },
      el('th', { scope: 'row' }, 'Teams scored'),
      ...[...aggregate.dimensions, aggregate.overall].map((s, i) => el('td', { className: i === aggregate.dimensions.length ? 'number overall-col' : 'number' }, `${s.scored} of ${s.scored + s.unscored}`)),
      ...filler.map((f) => f.cloneNode()),
    );
    const table = el(
      'table',
      { className: 'heatmap', id: 'heatmap' },
      el('caption', {}, 'Score and level by team and dimension; ', ...symbol('▼', 'a down-pointing triangle'), ' marks a dimension below the team’s target'),
      el('thead', {}, head),
      el('tbody', {}, ...rows),
      el(
        'tfoot',
        {},
        statRow('Median', (s) => s.median),
        statRow('Minimum', (s) => s.min),
        statRow('Maximum', (s) => s.max),
        statRow('Spread (max − min)', (s) => s.spread),
        countRow,
      ),
    );
    scroller.replaceChildren(table);
    updateCaption(aggregate);
    markOverflow();
  }

  /** Marks the scroller while the table is wider than it, which shows the scroll cue and shadow. */
  function markOverflow() {
    scroller.toggleAttribute('data-overflowing', scroller.scrollWidth > scroller.clientWidth + 1);
  }

  /** On a phone a card per team replaces the wide table (CSS switches them): no sideways peephole. */
  function teamCard(aggregate: Aggregate, t: Aggregate['teams'][number], label: string) {
    const row = (title: string, score: number | null, level: Level | null, cell?: TeamCell) => {
      const li = el(
        'li',
        { className: level === null ? 'unscored' : '' },
        el('span', { className: 'card-dimension' }, title),
        el('span', { className: 'card-value' }, level === null ? 'not scored' : `${fixed(score)} · ${model.levels[level]!.name}`, ...(cell?.below ? [' ', below(cell)] : [])),
      );
      if (level !== null) li.dataset.level = String(level);
      return li;
    };
    return el(
      'section',
      { className: 'team-card' },
      el('h3', {}, label),
      el('ul', {}, row('Overall', t.overall.score, t.overall.level), ...t.cells.map((c, i) => row(aggregate.dimensions[i]!.title, c.score, c.level, c))),
    );
  }

  function renderCards(aggregate: Aggregate) {
    const labels = displayLabels(aggregate);
    const stat = (title: string, s: Stats) => el('li', {}, el('span', { className: 'card-dimension' }, title), el('span', { className: 'card-value' }, s.median === null ? 'not scored' : `${fixed(s.median)} (${fixed(s.min)}–${fixed(s.max)})`));
    cards.replaceChildren(
      ...aggregate.teams.slice(0, shown).map((t, n) => teamCard(aggregate, t, labels[n]!)),
      el(
        'section',
        { className: 'team-card stats-card' },
        el('h3', {}, `Median of ${aggregate.teams.length} teams (lowest–highest)`),
        el('ul', {}, stat('Overall', aggregate.overall), ...aggregate.dimensions.map((d) => stat(d.title, d))),
      ),
    );
  }

  /** The first names, then "and 480 more" with a button that lists them all. */
  function teamNames(names: string[]): Node[] {
    const item = (name: string) => el('li', {}, name);
    const list = el('ul', { className: 'team-names' }, ...names.slice(0, NAMES_AT_FIRST).map(item));
    if (names.length <= NAMES_AT_FIRST) return [list];
    const rest = names.length - NAMES_AT_FIRST;
    const button = el('button', { type: 'button' }, `List all ${names.length.toLocaleString('en')}`);
    const note = el('p', { className: 'more-names' }, `and ${rest.toLocaleString('en')} more `, button);
    button.addEventListener('click', () => {
      const added = names.slice(NAMES_AT_FIRST).map(item);
      list.append(...added);
      note.remove();
      added[0]!.tabIndex = -1;
      added[0]!.focus();
    });
    return [list, note];
  }

  /** A row per dimension, the most teams below target first: how many, of how many, and which. */
  function renderBelow(aggregate: Aggregate) {
    const summary = belowTargetSummary(aggregate);
    const body = summary.map((d) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, d.title),
        el('td', { className: 'below-count' }, d.scored === 0 ? 'not scored' : `${d.teams.length} of ${d.scored} team${d.scored === 1 ? '' : 's'}`, d.unscored ? el('span', { className: 'muted' }, ` (${d.unscored} not scored)`) : ''),
        el('td', {}, ...(d.teams.length ? teamNames(d.teams) : [el('span', { className: 'muted' }, 'None')])),
      ),
    );
    root.querySelector('#aggregate-below')!.replaceChildren(
      el(
        'table',
        { className: 'below-table' },
        el('caption', { className: 'visually-hidden' }, 'Teams below their target, by dimension'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Dimension'), el('th', { scope: 'col' }, 'Below target'), el('th', { scope: 'col' }, 'Teams'))),
        el('tbody', {}, ...body),
      ),
    );
  }

  render();
}
