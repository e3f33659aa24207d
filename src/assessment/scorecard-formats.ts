import type { AssessmentModel } from '../schema/assessment.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { answerBreakdown, breakdownWords } from './answer-breakdown.ts';
import { toCsv } from './csv.ts';
import type { AssessmentResult } from './score.ts';

const answerText = (model: AssessmentModel, value: Scorecard['answers'][string]['value']) =>
  value === undefined ? 'unanswered' : value === 'na' ? 'not applicable' : value === 'unknown' ? "don't know" : `${value} ${model.levels[value]!.name}`;

/** One row per question: dimension, question, answer, level name, note; opens cleanly in a spreadsheet. */
export function scorecardCsv(model: AssessmentModel, scorecard: Scorecard): string {
  const rows = model.dimensions.flatMap((d) =>
    d.questions.map((q) => {
      const answer = scorecard.answers[q.id];
      const value = answer?.value;
      return [scorecard.organization, scorecard.team, scorecard.date, d.title, q.id, q.prompt, q.weight, typeof value === 'number' ? value : '', answerText(model, value), answer?.note ?? ''];
    }),
  );
  return toCsv(['organization', 'team', 'date', 'dimension', 'question_id', 'question', 'weight', 'level', 'answer', 'note'], rows);
}

const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const levelName = (model: AssessmentModel, level: number | null) => (level === null ? 'not scored' : `${level} ${model.levels[level]!.name}`);

/** Rows of the per-dimension summary, shared by the terminal table and Markdown. */
function summaryRows(model: AssessmentModel, result: AssessmentResult): string[][] {
  return result.dimensions.map((d) => [d.title, fixed(d.score), levelName(model, d.level), levelName(model, d.target), d.score === null ? '–' : d.gap ? `${d.gap} below` : 'met', `${Math.round(d.completion * 100)}%`]);
}
const HEADER = ['dimension', 'score', 'level', 'target', 'gap', 'completion'];

function heading(scorecard: Scorecard, model: AssessmentModel, result: AssessmentResult): string[] {
  return [
    `${scorecard.organization}${scorecard.team ? ` · ${scorecard.team}` : ''} · ${scorecard.date}${scorecard.assessor ? ` · assessed by ${scorecard.assessor}` : ''}`,
    `Overall ${fixed(result.score)} / 4, level ${levelName(model, result.level)}; weakest: ${result.weakest ? `${result.weakest.title} (${fixed(result.weakest.score)})` : '–'}; ${answerBreakdown(result).completePercent}% complete (${breakdownWords(answerBreakdown(result))})`,
  ];
}

/** A plain-text table for the terminal. */
export function scorecardTable(model: AssessmentModel, scorecard: Scorecard, result: AssessmentResult): string {
  const rows = [HEADER, ...summaryRows(model, result)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [...heading(scorecard, model, result), '', line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** A Markdown summary, to paste into a report or a ticket. */
export function scorecardMarkdown(model: AssessmentModel, scorecard: Scorecard, result: AssessmentResult): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const [who, overall] = heading(scorecard, model, result);
  return [`## ${escape(who!)}`, '', overall!, '', `| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, i) => (i === 1 ? '---:' : '---')).join('|')}|`, ...summaryRows(model, result).map((r) => `| ${r.map(escape).join(' | ')} |`)].join('\n');
}
