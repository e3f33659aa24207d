// The timeline island: a team's scorecards, from files picked or dropped or from the versions
// this browser keeps, read as on import (checked, migrated, rescored); refused ones are listed
// with their reasons. The engine's scores go into a small chart per dimension and one table,
// with model-version changes and the dimensions that fell since the scorecard before marked.
import { shortDimensionLabel } from '../../assessment/heatmap.ts';
import { buildTimeline, chartGeometry, mixedTeamsWarning, readTimelineScorecard, savedAsScorecardText, type TeamTimeline, type Timeline, type TimelineCell, type TimelinePoint, type TimelineRead, type TimelineInput } from '../../assessment/timeline.ts';
import { loadAssessment } from '../../assessment/storage.ts';
import { PERSPECTIVES } from '../../schema/scorecard.ts';
import { savedKey } from '../../schema/saved-assessment.ts';
import { el, symbol } from '../scorecard-view/dom.ts';
import { acceptDrops, guardPageDrops, takeFiles } from '../scorecard-view/drop-zone.ts';
import { fixed, levelName } from '../scorecard-view/format.ts';
import { listSnapshots } from '../scorecard-view/history-store.ts';
import { readScorecardFiles } from '../scorecard-view/scorecard-files.ts';
import { startWithModelData, versionMap, type ModelData } from '../scorecard-view/model-data.ts';

const root = document.querySelector<HTMLElement>('[data-scorecard-timeline]');
if (root) startWithModelData(root, start);

const SVG = 'http://www.w3.org/2000/svg';
const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
};

/** Chart drawing area inside the viewBox, and the margins for the axis labels. */
const W = 300;
const H = 96;
const PAD = { left: 22, right: 10, top: 8, bottom: 22 };
/** Table rows shown at first: a thousand rows take seconds to lay out, and the charts show every scorecard anyway. */
const ROWS_AT_FIRST = 100;

function start(root: HTMLElement, data: ModelData) {
  const model = data.model;
  const versions = versionMap(data);
  const $ = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const input = $<HTMLInputElement>('timeline-files');
  const status = $('timeline-status');
  const refusedHolder = $('timeline-refused');
  const results = $('timeline-results');
  const clear = $<HTMLButtonElement>('timeline-clear');
  const teamSelect = $<HTMLSelectElement>('timeline-team');
  const loaded: TimelineInput[] = [];
  const seen = new Set<string>();
  let timeline: Timeline | undefined;
  let shownKey: string | undefined;
  let allRows = false;
  /** Files are added one choice after another, in order; clearing drops a reading under way. */
  let reading = Promise.resolve();
  let generation = 0;

  // Says the island is running: the bench and the tests wait for it before choosing files.
  root.classList.add('js');
  guardPageDrops();
  const queue = (work: () => Promise<void>) => (reading = reading.then(work));
  input.addEventListener('change', () => queue(() => addFiles(takeFiles(input))));
  acceptDrops(root.querySelector<HTMLElement>('[data-drop-zone]')!, (files) => queue(() => addFiles(files)));
  $<HTMLButtonElement>('timeline-history').addEventListener('click', () => queue(addHistory));
  clear.addEventListener('click', () => {
    generation++;
    loaded.length = 0;
    seen.clear();
    shownKey = undefined;
    allRows = false;
    refusedHolder.replaceChildren();
    render();
    input.focus();
  });
  // Files chosen before this script ran (a slow phone, or the browser restoring the form) still count.
  if (input.files?.length) queue(() => addFiles(takeFiles(input)));
  teamSelect.addEventListener('change', () => {
    shownKey = teamSelect.value;
    allRows = false;
    render();
  });

  async function addFiles(files: File[]) {
    if (files.length === 0) return;
    const started = generation;
    if (files.length > 50) status.replaceChildren(`Reading ${files.length.toLocaleString('en')} files…`);
    // Read in chunks with the browser given a turn between them; an unreadable or oversized file is refused on its own.
    const reads = await readScorecardFiles<TimelineRead>(files, (text, source) => readTimelineScorecard(text, source, model, versions), (r) => r);
    if (started === generation) take(reads, files.length, 'file');
  }

  /** The current assessment of each perspective and every snapshot the history keeps. */
  async function addHistory() {
    const started = generation;
    const reads: TimelineRead[] = [];
    for (const perspective of PERSPECTIVES) {
      const current = loadAssessment(localStorage, savedKey(perspective));
      if (current.status === 'loaded' && Object.values(current.record.answers).some((a) => a.value !== undefined)) {
        reads.push(readTimelineScorecard(savedAsScorecardText(model, current.record), `your current ${perspective === 'joint' ? '' : `${perspective}-side `}assessment`, model, versions));
      }
    }
    const history = await listSnapshots();
    if (started !== generation) return;
    if (!history.ok) refusedHolder.replaceChildren(el('p', {}, history.message));
    else {
      for (const s of history.value.snapshots) {
        if (!Object.values(s.record.answers).some((a) => a.value !== undefined)) continue;
        const when = new Date(s.takenAt).toISOString().slice(0, 16).replace('T', ' ');
        reads.push(readTimelineScorecard(savedAsScorecardText(model, s.record), `a version kept in this browser on ${when} UTC`, model, versions));
      }
    }
    if (reads.length === 0 && (history.ok || !refusedHolder.hasChildNodes())) {
      refusedHolder.replaceChildren(el('p', {}, 'This browser holds no answered assessment yet: answer some questions on the Assessment page, or choose scorecard files.'));
      return;
    }
    take(reads, reads.length, 'saved version');
  }

  /** Adds what was read; a refused or repeated one is listed with its reason and the rest still count. */
  function take(reads: TimelineRead[], count: number, noun: string) {
    const refused: { name: string; reason: string }[] = [];
    for (const read of reads) {
      if (!read.ok) {
        refused.push({ name: read.source, reason: read.error });
        continue;
      }
      const id = JSON.stringify([read.scorecard.organization, read.scorecard.team, read.scorecard.perspective, read.scorecard.date, read.scorecard.answers]);
      if (seen.has(id)) refused.push({ name: read.source, reason: 'The same scorecard is already loaded, so it is shown once.' });
      else {
        seen.add(id);
        loaded.push(read);
      }
    }
    refusedHolder.replaceChildren(
      ...(refused.length
        ? [
            el('p', {}, `${refused.length} of ${count} ${noun}${count === 1 ? ' was' : 's were'} not loaded:`),
            el('ul', { className: 'file-list' }, ...refused.slice(0, 50).map((r) => el('li', {}, el('strong', {}, `“${r.name}”`), ` ${r.reason}`))),
            ...(refused.length > 50 ? [el('p', {}, `and ${refused.length - 50} more.`)] : []),
          ]
        : []),
    );
    render();
  }

  function render() {
    clear.hidden = loaded.length === 0;
    results.hidden = loaded.length === 0;
    if (loaded.length === 0) {
      timeline = undefined;
      status.replaceChildren('No scorecards loaded yet.');
      return;
    }
    timeline = buildTimeline(model, loaded);
    const team = timeline.teams.find((t) => t.key === shownKey) ?? timeline.teams[0]!;
    shownKey = team.key;
    const warning = mixedTeamsWarning(timeline);
    $('timeline-mixed').hidden = warning === null;
    if (warning) {
      $('timeline-mixed-text').replaceChildren(warning);
      teamSelect.replaceChildren(...timeline.teams.map((t) => el('option', { value: t.key, selected: t.key === team.key }, `${t.label} (${t.points.length} scorecard${t.points.length === 1 ? '' : 's'})`)));
    }
    renderSummary(team);
    renderCharts(timeline, team);
    renderTable(timeline, team);
    renderFiles(team);
    status.replaceChildren(
      `${loaded.length} scorecard${loaded.length === 1 ? '' : 's'} loaded` + (timeline.teams.length > 1 ? `, of ${timeline.teams.length} teams; showing ${team.label}.` : `; the timeline shows ${team.points.length}.`),
    );
  }

  function renderSummary(team: TeamTimeline) {
    const { points } = team;
    $('timeline-title').replaceChildren(`${team.label}: ${points.length} scorecard${points.length === 1 ? '' : 's'}, ${points[0]!.date === points.at(-1)!.date ? points[0]!.date : `${points[0]!.date} to ${points.at(-1)!.date}`}`);
    const changes = points.filter((p) => p.versionChange);
    const migrated = points.filter((p) => p.migrated).length;
    const sentences = [
      team.regressions === 0 ? 'No dimension fell from one scorecard to the next.' : `${team.regressions} time${team.regressions === 1 ? '' : 's'} a dimension fell since the scorecard before (marked ▼).`,
      changes.length
        ? `The model version changed ${changes.map((p) => `from ${p.versionChange!.from} to ${p.versionChange!.to} on ${p.date}`).join(', ')}.`
        : `Every scorecard was answered against model version ${points[0]!.answeredVersion}.`,
      migrated ? `${migrated} scorecard${migrated === 1 ? ' was' : 's were'} answered against an earlier version and migrated to version ${model.modelVersion} as on import, so all are scored by the same model.` : '',
    ];
    $('timeline-summary').replaceChildren(sentences.filter(Boolean).join(' '));
  }

  /** Small multiples: one chart per dimension and one overall, all on the same 0–4 scale and dates. */
  function renderCharts(timeline: Timeline, team: TeamTimeline) {
    const charts = [
      { title: 'Overall', pick: (p: TimelinePoint) => p.overall },
      ...timeline.dimensions.map((d, n) => ({ title: d.title, pick: (p: TimelinePoint) => p.cells[n]! })),
    ];
    $('timeline-charts').replaceChildren(...charts.map((c) => chart(c.title, team.points, c.pick)));
  }

  function chart(title: string, points: TimelinePoint[], pick: (p: TimelinePoint) => TimelineCell) {
    const g = chartGeometry(points, pick, W, H);
    const last = points.map(pick).findLast((c) => c.score !== null);
    const fell = points.filter((p) => pick(p).regression);
    const scored = g.marks.map((m) => pick(points[m.index]!));
    const range = scored.length ? `from ${fixed(scored[0]!.score)} on ${points[g.marks[0]!.index]!.date} to ${fixed(last!.score)} on ${points[g.marks.at(-1)!.index]!.date}` : 'not scored';
    const label = `${title}: ${range}${fell.length ? `; fell ${fell.length === 1 ? `on ${fell[0]!.date}` : `${fell.length} times`}` : ''}.`;
    const grid = [0, 1, 2, 3, 4].map((l) => {
      const y = PAD.top + H - (l / 4) * H;
      return svg('g', {}, svg('line', { x1: PAD.left, x2: PAD.left + W, y1: y, y2: y, class: 'grid' }), svg('text', { x: PAD.left - 6, y: y + 3.5, class: 'axis', 'text-anchor': 'end' }, String(l)));
    });
    const at = (m: { x: number; y: number }) => ({ x: PAD.left + m.x, y: PAD.top + m.y });
    const line = svg('polyline', { class: 'series', points: g.marks.map((m) => `${at(m).x.toFixed(1)},${at(m).y.toFixed(1)}`).join(' ') });
    const dots = g.marks.length <= 60 ? g.marks.filter((m) => !m.regression).map((m) => svg('circle', { cx: at(m).x.toFixed(1), cy: at(m).y.toFixed(1), r: 3, class: 'dot' })) : [];
    // Past 60 scorecards the marks would hide the line: the table still marks every fall.
    const falls = g.marks.length > 60 ? [] : g.marks.filter((m) => m.regression).map((m) => svg('path', { d: `M${(at(m).x - 5).toFixed(1)},${(at(m).y - 4).toFixed(1)}h10l-5,8z`, class: 'fell' }));
    const versionLines = g.versionLines.map((v) =>
      svg('g', {}, svg('line', { x1: PAD.left + v.x, x2: PAD.left + v.x, y1: PAD.top - 4, y2: PAD.top + H, class: 'version' }), svg('text', { x: PAD.left + v.x + 3, y: PAD.top + 4, class: 'axis version-label' }, `v${v.to}`)),
    );
    const dates = points.length
      ? [
          svg('text', { x: PAD.left, y: PAD.top + H + 16, class: 'axis', 'text-anchor': 'start' }, points[0]!.date),
          ...(points.length > 1 ? [svg('text', { x: PAD.left + W, y: PAD.top + H + 16, class: 'axis', 'text-anchor': 'end' }, points.at(-1)!.date)] : []),
        ]
      : [];
    const picture = svg('svg', { viewBox: `0 0 ${PAD.left + W + PAD.right} ${PAD.top + H + PAD.bottom}`, role: 'img', 'aria-label': label, class: 'timeline-chart' }, ...grid, ...versionLines, line, ...dots, ...falls, ...dates);
    const latest = last ? `${fixed(last.score)} · ${model.levels[last.level!]!.name}` : 'not scored';
    return el('figure', { className: 'chart-card' }, el('figcaption', {}, el('span', { className: 'chart-title' }, title), el('span', { className: 'chart-latest' }, latest)), picture);
  }

  function valueCell(c: TimelineCell, className = '') {
    if (c.score === null) return el('td', { className: `unscored ${className}` }, 'not scored');
    const td = el('td', { className: `number ${className}` }, fixed(c.score));
    if (c.regression) {
      td.classList.add('regression');
      td.append(' ', ...symbol('▼', 'fell'), el('span', { className: 'fell-by' }, ` ${Math.abs(c.delta!).toFixed(1)}`));
      td.title = `Fell from ${fixed(c.previous)} to ${fixed(c.score)} (${levelName(model, c.level)})`;
    }
    return td;
  }

  function renderTable(timeline: Timeline, team: TeamTimeline) {
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Date'),
      el('th', { scope: 'col' }, 'Model version'),
      ...timeline.dimensions.map((d) => {
        const short = shortDimensionLabel(d.title);
        if (short === d.title) return el('th', { scope: 'col' }, d.title);
        const shown = el('span', {}, short);
        shown.setAttribute('aria-hidden', 'true');
        return el('th', { scope: 'col', title: d.title }, shown, el('span', { className: 'visually-hidden' }, d.title));
      }),
      el('th', { scope: 'col', className: 'overall-col' }, 'Overall'),
    );
    const shown = allRows ? team.points : team.points.slice(-ROWS_AT_FIRST);
    const rows = shown.map((p) => {
      const version = el('td', { className: 'version-cell' }, `${p.answeredVersion}`);
      if (p.migrated) version.append(el('span', { className: 'muted' }, `, migrated to ${model.modelVersion}`));
      if (p.versionChange) version.append(el('span', { className: 'version-mark' }, ` ◆ changed from ${p.versionChange.from}`));
      const tr = el('tr', { className: p.versionChange ? 'version-change' : '' }, el('th', { scope: 'row' }, p.date), version, ...p.cells.map((c) => valueCell(c)), valueCell(p.overall, 'overall-col'));
      return tr;
    });
    $('timeline-table').replaceChildren(
      el(
        'table',
        { className: 'timeline-table', id: 'timeline-scores' },
        el('caption', {}, `Scores (0–4) of ${team.label} by date; `, ...symbol('▼', 'a down-pointing triangle'), ' marks a dimension that fell since the scorecard before, with how much; ', ...symbol('◆', 'a diamond'), ' marks where the model version changed'),
        el('thead', {}, head),
        el('tbody', {}, ...rows),
      ),
    );
    const more = $('timeline-more');
    if (shown.length === team.points.length) more.replaceChildren();
    else {
      const button = el('button', { type: 'button' }, `Show all ${team.points.length.toLocaleString('en')} rows`);
      button.addEventListener('click', () => {
        allRows = true;
        renderTable(timeline, team);
        $('timeline-table').focus();
      });
      more.replaceChildren(el('p', { className: 'muted' }, `The table shows the latest ${shown.length} of ${team.points.length.toLocaleString('en')} scorecards; the charts above show them all, and falls are counted against the scorecard before even when it is not shown.`), button);
    }
  }

  function renderFiles(team: TeamTimeline) {
    const items = team.points.slice(0, 200).map((p) =>
      el('li', {}, el('strong', {}, p.date), el('span', { className: 'muted' }, ` from “${p.source}”`), ...(p.notices.length ? [el('ul', { className: 'side-notices' }, ...p.notices.slice(0, 5).map((n) => el('li', {}, n)))] : [])),
    );
    $('timeline-files-list').replaceChildren(...items, ...(team.points.length > 200 ? [el('li', {}, `and ${team.points.length - 200} more`)] : []));
  }

  render();
}
