// The aggregate island: many team scorecards picked or dropped at once; the ones refused are
// listed with their reasons and the rest are aggregated by the engine into a title block, a
// heatmap table (per-team cards on phones), statistics per dimension, the teams below target,
// and the exports: print, a slide picture of the heatmap, and a CSV.
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
import { scorecardReading, readScorecardFile, type Loaded } from '../scorecard-view/scorecard-files.ts';
import { startWithModelData, type ModelData } from '../scorecard-view/model-data.ts';

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
  const teams: Loaded[] = [];
  /** What makes a loaded scorecard a repeat: see add(). */
  const seen = new Set<string>();
  let aggregate: Aggregate | undefined;

  root.classList.add('js');
  guardPageDrops();
  input.addEventListener('change', () => void add(takeFiles(input)));
  acceptDrops(root.querySelector<HTMLElement>('[data-drop-zone]')!, (files) => void add(files));
  clear.addEventListener('click', () => {
    teams.length = 0;
    seen.clear();
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
  if (input.files?.length) void add(takeFiles(input));

  /** Adds the files to those already loaded; a refused file is listed and the others still count. */
  async function add(files: File[]) {
    if (files.length === 0) return;
    const refused: { name: string; reason: string }[] = [];
    // Read at once rather than one after another: a thousand files would otherwise wait in turn.
    const reads = await Promise.all(files.map((file) => readScorecardFile(file, model, versions)));
    for (const [i, read] of reads.entries()) {
      const file = files[i]!;
      // A named scorecard loaded twice is one team counted twice. Anonymous ones of a class can
      // be identical (same answers, same month) yet be different people: only the same file
      // chosen again is a repeat.
      const key = read.ok && isAnonymous(read.scorecard) ? `file\u0000${file.name}\u0000${file.size}\u0000${file.lastModified}` : read.ok ? JSON.stringify(read.scorecard) : '';
      if (!read.ok) refused.push({ name: read.source, reason: read.error });
      else if (seen.has(key)) refused.push({ name: read.source, reason: isAnonymous(read.scorecard) ? 'This file is already loaded, so it is counted once.' : 'The same scorecard is already loaded, so it is counted once.' });
      else {
        seen.add(key);
        teams.push(read);
      }
    }
    refusedHolder.replaceChildren(
      ...(refused.length
        ? [
            el('p', {}, `${refused.length} of ${files.length} file${files.length === 1 ? ' was' : 's were'} not loaded:`),
            el('ul', { className: 'file-list' }, ...refused.map((r) => el('li', {}, el('strong', {}, `“${r.name}”`), ` ${r.reason}`))),
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
    renderBelow(aggregate);
  }

  function renderFiles(aggregate: Aggregate) {
    root.querySelector('#aggregate-teams')!.replaceChildren(
      ...teams.map((t, i) =>
        el(
          'li',
          {},
          el('strong', {}, aggregate.teams[i]!.label),
          el('span', { className: 'muted' }, ` from “${t.source}”`),
          ...(t.notices.length ? [el('ul', { className: 'side-notices' }, ...t.notices.map((n) => el('li', {}, n)))] : []),
        ),
      ),
    );
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

  function renderHeatmap(aggregate: Aggregate) {
    // The integration-gap column shows once any scorecard was answered from one side.
    const sided = aggregate.teams.some((t) => t.perspective !== 'joint');
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
    const gapCell = (t: Aggregate['teams'][number]) =>
      el(
        'td',
        { className: 'gap-cell' },
        t.integrationGap
          ? `${t.integrationGap.gap === null ? 'not comparable' : `${t.integrationGap.gap.toFixed(1)} levels`}, ${t.integrationGap.disagreements} strong disagreement${t.integrationGap.disagreements === 1 ? '' : 's'}`
          : t.perspective === 'joint'
            ? 'joint assessment'
            : 'needs the other side',
      );
    const rows = aggregate.teams.map((t, n) =>
      el('tr', {}, el('th', { scope: 'row' }, labels[n]!), ...t.cells.map((c) => levelCell(c.score, c.level, c)), levelCell(t.overall.score, t.overall.level, undefined, 'overall-col'), ...(sided ? [gapCell(t)] : [])),
    );
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
    markOverflow();
  }

  /** Marks the scroller while the table is wider than it, which shows the scroll cue and shadow. */
  function markOverflow() {
    scroller.toggleAttribute('data-overflowing', scroller.scrollWidth > scroller.clientWidth + 1);
  }

  /** On a phone a card per team replaces the wide table (CSS switches them): no sideways peephole. */
  function renderCards(aggregate: Aggregate) {
    const labels = displayLabels(aggregate);
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
    const stat = (title: string, s: Stats) => el('li', {}, el('span', { className: 'card-dimension' }, title), el('span', { className: 'card-value' }, s.median === null ? 'not scored' : `${fixed(s.median)} (${fixed(s.min)}–${fixed(s.max)})`));
    root.querySelector('[data-aggregate="cards"]')!.replaceChildren(
      ...aggregate.teams.map((t, n) =>
        el(
          'section',
          { className: 'team-card' },
          el('h3', {}, labels[n]!),
          el('ul', {}, row('Overall', t.overall.score, t.overall.level), ...t.cells.map((c, i) => row(aggregate.dimensions[i]!.title, c.score, c.level, c))),
        ),
      ),
      el(
        'section',
        { className: 'team-card stats-card' },
        el('h3', {}, `Median of ${aggregate.teams.length} teams (lowest–highest)`),
        el('ul', {}, stat('Overall', aggregate.overall), ...aggregate.dimensions.map((d) => stat(d.title, d))),
      ),
    );
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
        el('td', {}, d.teams.length ? el('ul', { className: 'team-names' }, ...d.teams.map((name) => el('li', {}, name))) : el('span', { className: 'muted' }, 'None')),
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
