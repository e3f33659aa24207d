// The aggregate island: many team scorecards picked or dropped at once; the ones refused are
// listed with their reasons and the rest are aggregated by the engine into a heatmap table,
// statistics per dimension, the teams below target, and a CSV download.
import { aggregateCsv, aggregateScorecards, type Aggregate, type Stats, type TeamCell } from '../../assessment/aggregate.ts';
import type { Level } from '../../schema/assessment.ts';
import { el, symbol } from '../scorecard-view/dom.ts';
import { acceptDrops, guardPageDrops, takeFiles } from '../scorecard-view/drop-zone.ts';
import { fixed, levelName } from '../scorecard-view/format.ts';
import { readPageData, readScorecardFile, type Loaded } from '../scorecard-view/scorecard-files.ts';

const root = document.querySelector<HTMLElement>('[data-scorecard-aggregate]');
if (root) start(root);

function start(root: HTMLElement) {
  const { model, versions } = readPageData();
  const input = root.querySelector<HTMLInputElement>('#aggregate-files')!;
  const status = root.querySelector<HTMLElement>('#aggregate-status')!;
  const refusedHolder = root.querySelector<HTMLElement>('#aggregate-refused')!;
  const results = root.querySelector<HTMLElement>('#aggregate-results')!;
  const clear = root.querySelector<HTMLButtonElement>('#aggregate-clear')!;
  const teams: Loaded[] = [];
  let aggregate: Aggregate | undefined;

  root.classList.add('js');
  guardPageDrops();
  input.addEventListener('change', () => void add(takeFiles(input)));
  acceptDrops(root.querySelector<HTMLElement>('[data-drop-zone]')!, (files) => void add(files));
  clear.addEventListener('click', () => {
    teams.length = 0;
    refusedHolder.replaceChildren();
    render();
    input.focus();
  });
  root.querySelector('#aggregate-csv')!.addEventListener('click', download);

  /** Adds the files to those already loaded; a refused file is listed and the others still count. */
  async function add(files: File[]) {
    if (files.length === 0) return;
    const refused: { name: string; reason: string }[] = [];
    const seen = new Set(teams.map((t) => JSON.stringify(t.scorecard)));
    for (const file of files) {
      const read = await readScorecardFile(file, model, versions);
      if (!read.ok) refused.push({ name: read.source, reason: read.error });
      else if (seen.has(JSON.stringify(read.scorecard))) refused.push({ name: read.source, reason: 'The same scorecard is already loaded, so it is counted once.' });
      else {
        seen.add(JSON.stringify(read.scorecard));
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
    aggregate = aggregateScorecards(model, teams);
    renderFiles(aggregate);
    renderHeatmap(aggregate);
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

  function levelCell(score: number | null, level: Level | null, cell?: TeamCell) {
    if (level === null) return el('td', { className: 'unscored' }, 'not scored');
    const td = el('td', {}, el('span', { className: 'cell-score' }, fixed(score), ...(cell?.below ? [' ', below(cell)] : [])), el('span', { className: 'cell-level' }, levelName(model, level)));
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
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Team'),
      ...aggregate.dimensions.map((d) => el('th', { scope: 'col' }, d.title)),
      el('th', { scope: 'col' }, 'Overall'),
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
    const rows = aggregate.teams.map((t) =>
      el('tr', {}, el('th', { scope: 'row' }, t.label), ...t.cells.map((c) => levelCell(c.score, c.level, c)), levelCell(t.overall.score, t.overall.level), ...(sided ? [gapCell(t)] : [])),
    );
    const filler = sided ? [el('td', {})] : [];
    const statRow = (name: string, pick: (s: Stats) => number | null) =>
      el('tr', { className: 'stat' }, el('th', { scope: 'row' }, name), ...[...aggregate.dimensions, aggregate.overall].map((s) => el('td', { className: 'number' }, pick(s) === null ? 'not scored' : fixed(pick(s)))), ...filler.map((f) => f.cloneNode()));
    const countRow = el(
      'tr',
      { className: 'stat' },
      el('th', { scope: 'row' }, 'Teams scored'),
      ...[...aggregate.dimensions, aggregate.overall].map((s) => el('td', { className: 'number' }, `${s.scored} of ${s.scored + s.unscored}`)),
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
    root.querySelector('#aggregate-table')!.replaceChildren(table);
  }

  function renderBelow(aggregate: Aggregate) {
    root.querySelector('#aggregate-below')!.replaceChildren(
      el(
        'dl',
        { className: 'below-list' },
        ...aggregate.dimensions.flatMap((d) => [
          el('dt', {}, d.title),
          el('dd', {}, d.belowTarget.length ? d.belowTarget.join('; ') : 'None', d.unscored ? el('span', { className: 'muted' }, ` (${d.unscored} not scored)`) : ''),
        ]),
      ),
    );
  }

  function download() {
    if (!aggregate) return;
    const link = el('a', { href: URL.createObjectURL(new Blob([aggregateCsv(model, aggregate)], { type: 'text/csv;charset=utf-8' })), download: `converge-teams-${new Date().toISOString().slice(0, 10)}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  render();
}
