import type { z } from '../schema/zod.ts';
import type { Answers, AssessmentModel, Level } from '../schema/assessment.ts';
import { SCORECARD_FORMAT, SCORECARD_MAX_BYTES, SCORECARD_SCHEMAS, SCORECARD_VERSION, type Perspective, type Scorecard, type ScorecardResults } from '../schema/scorecard.ts';
import type { Roadmap } from '../schema/roadmap.ts';
import { migrateAnswers, migrateQuestionId } from './migrate.ts';
import { itemsInModel, respectPrerequisites } from './roadmap.ts';
import { scoreAssessment, type AssessmentResult } from './score.ts';

/** Who and when, for a scorecard written from the current assessment. */
export interface ScorecardMeta {
  organization: string;
  team?: string;
  assessor?: string;
  perspective?: Perspective;
  /** YYYY-MM-DD; today when absent. */
  date?: string;
  /** The phased plan; written only when it holds an item. */
  roadmap?: Roadmap;
}

/** The stored shape of results: what a spreadsheet or a script needs, rounded for reading. */
export function resultsOf(result: AssessmentResult): ScorecardResults {
  const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
  return {
    score: round(result.score),
    level: result.level,
    weakest: result.weakest?.id ?? null,
    completion: round(result.completion)!,
    uncertainty: round(result.uncertainty)!,
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      score: round(d.score),
      level: d.level,
      target: d.target,
      gap: d.gap,
      completion: round(d.completion)!,
      uncertainty: round(d.uncertainty)!,
    })),
  };
}

/** A scorecard of the given answers and targets, with results computed by the engine. */
export function toScorecard(model: AssessmentModel, answers: Answers, targets: Partial<Record<string, Level>>, meta: ScorecardMeta): Scorecard {
  const allTargets = Object.fromEntries(model.dimensions.map((d) => [d.id, targets[d.id] ?? model.targets[d.id]!])) as Record<string, Level>;
  const kept: Scorecard['answers'] = {};
  for (const [id, answer] of Object.entries(answers)) {
    // An item still without a title is a row the user has not filled in yet: not evidence.
    const evidence = (answer.evidence ?? []).filter((item) => item.title.trim()).map((item) => ({ ...item, title: item.title.trim() }));
    if (answer.value === undefined && !answer.note && !evidence.length) continue;
    kept[id] = {
      ...(answer.value !== undefined && { value: answer.value }),
      ...(answer.note && { note: answer.note }),
      ...(evidence.length && { evidence }),
    };
  }
  return {
    format: SCORECARD_FORMAT,
    version: SCORECARD_VERSION,
    modelVersion: model.modelVersion,
    organization: meta.organization,
    team: meta.team ?? '',
    assessor: meta.assessor ?? '',
    perspective: meta.perspective ?? 'joint',
    date: meta.date ?? new Date().toISOString().slice(0, 10),
    answers: kept,
    targets: allTargets,
    results: resultsOf(scoreAssessment(model, kept, allTargets)),
    ...(meta.roadmap?.items.length && { roadmap: structuredClone(meta.roadmap) }),
  };
}

/** Any format's parsed scorecard as the current format: an upgrade only adds, it never drops a field. */
export function upgradeScorecard(parsed: z.infer<(typeof SCORECARD_SCHEMAS)[keyof typeof SCORECARD_SCHEMAS]>): Scorecard {
  // Format 1 predates perspectives: everything it holds was answered jointly. Formats 1 and 2
  // predate evidence: their answers are format 3 answers without any. Formats 1 to 3 predate
  // the roadmap: they have none.
  return { ...parsed, version: SCORECARD_VERSION, perspective: 'perspective' in parsed ? parsed.perspective : 'joint' };
}

export type ReadResult =
  | {
      ok: true;
      /** The scorecard under the current model version, with results recomputed. */
      scorecard: Scorecard;
      result: AssessmentResult;
      /** What the user should know: migrations, ignored fields, unknown questions. */
      notices: string[];
    }
  | { ok: false; error: string };

const refuse = (error: string): ReadResult => ({ ok: false, error });
const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : JSON.stringify(value).slice(0, 40));

/**
 * Reads a scorecard file's text: refuses anything that is too large, not JSON, of another
 * format, of a newer format or model version, or invalid, with one message a person can act
 * on; migrates older model versions; recomputes the results rather than trusting the file's.
 */
export function readScorecard(text: string, model: AssessmentModel, questionsOf: ReadonlyMap<number, readonly string[]>): ReadResult {
  if (new TextEncoder().encode(text).length > SCORECARD_MAX_BYTES) {
    return refuse(`This file is larger than ${SCORECARD_MAX_BYTES / 1024 / 1024} MB; a scorecard is a few kilobytes, so it is not one.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`This file is not a scorecard: it is not valid JSON (${(error as Error).message.slice(0, 120)}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(`This file is not a scorecard: it holds ${describe(data)}, not a JSON object.`);
  const record = data as Record<string, unknown>;
  if (record['format'] !== SCORECARD_FORMAT) {
    return refuse(
      record['format'] === undefined
        ? `This file is not a Converge scorecard: it has no "format": "${SCORECARD_FORMAT}" field.`
        : `This file is not a Converge scorecard: its format is ${describe(record['format'])}.`,
    );
  }
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse(`This scorecard's "version" is ${describe(version)}; it should be a whole number such as ${SCORECARD_VERSION}.`);
  if (version > SCORECARD_VERSION) {
    return refuse(`This scorecard was written by a newer Converge (scorecard format ${version}); this site reads formats up to ${SCORECARD_VERSION}. Open it on an up-to-date Converge site.`);
  }
  const modelVersion = record['modelVersion'];
  if (typeof modelVersion === 'number' && modelVersion > model.modelVersion) {
    return refuse(`This scorecard was answered against model version ${modelVersion}, newer than this site's version ${model.modelVersion}. Open it on an up-to-date Converge site.`);
  }
  const schema = SCORECARD_SCHEMAS[version as keyof typeof SCORECARD_SCHEMAS];
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    return refuse(`This scorecard has invalid fields: ${lines.join('; ')}${more}.`);
  }
  const notices: string[] = [];
  const scorecard = upgradeScorecard(parsed.data);
  const known = new Set([...Object.keys(schema.shape)]);
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length) notices.push(`The file has fields this version of Converge does not read, left out: ${unknown.slice(0, 10).join(', ')}.`);
  if (!questionsOf.has(scorecard.modelVersion)) return refuse(`This scorecard names model version ${scorecard.modelVersion}, which was never released.`);

  let answers: Answers = scorecard.answers;
  if (scorecard.modelVersion < model.modelVersion) {
    const migrated = migrateAnswers(answers, scorecard.modelVersion, model, questionsOf);
    answers = migrated.answers;
    notices.push(`This scorecard was answered against model version ${scorecard.modelVersion}; it was brought up to version ${model.modelVersion}.`, ...migrated.changes);
  }
  const current = new Set(model.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const stray = Object.keys(answers).filter((id) => !current.has(id) && !notices.some((n) => n.includes(`“${id}”`)));
  if (stray.length) notices.push(`Answers to ${stray.length} question${stray.length > 1 ? 's' : ''} this model does not have are kept but not scored: ${stray.slice(0, 10).join(', ')}.`);
  const dimensionIds = new Set(model.dimensions.map((d) => d.id));
  const targets = Object.fromEntries(Object.entries(scorecard.targets).filter(([id]) => dimensionIds.has(id))) as Record<string, Level>;
  const result = scoreAssessment(model, answers, targets);
  const roadmap = scorecard.roadmap && readRoadmap(scorecard.roadmap, scorecard.modelVersion, model, questionsOf, notices);
  return {
    ok: true,
    scorecard: { ...scorecard, modelVersion: model.modelVersion, answers, targets: { ...model.targets, ...targets }, results: resultsOf(result), ...(roadmap && { roadmap }) },
    result,
    notices,
  };
}

/**
 * A file's roadmap under the current model: items follow renamed questions, items of questions
 * the model no longer has are left out, and an item placed before what it requires (a file
 * edited by hand) moves to that phase; each is said in `notices`.
 */
function readRoadmap(roadmap: Roadmap, fromVersion: number, model: AssessmentModel, questionsOf: ReadonlyMap<number, readonly string[]>, notices: string[]): Roadmap | undefined {
  const renamed: Roadmap = { phases: roadmap.phases, items: roadmap.items.map((item) => ({ ...item, question: migrateQuestionId(item.question, fromVersion, model, questionsOf) })) };
  const { roadmap: known, dropped } = itemsInModel(model, renamed);
  if (dropped.length) notices.push(`The roadmap plans ${dropped.length} step${dropped.length > 1 ? 's' : ''} for questions this model does not have, left out: ${[...new Set(dropped.map((item) => item.question))].slice(0, 10).join(', ')}.`);
  const { roadmap: ordered, moved } = respectPrerequisites(model, known);
  for (const move of moved) notices.push(`The roadmap had “${move.item.question}” in ${ordered.phases[move.from]}, before “${move.because.question}”, which it requires; it is now in ${ordered.phases[move.to]}.`);
  return ordered.items.length ? ordered : undefined;
}
