import { z } from './zod.ts';
import { CONCEPT_ID } from './vocabulary.ts';

/**
 * The maturity model, as authored in `content/assessment/`: `model.yaml` (version, levels,
 * dimension order, default targets, anti-pattern warnings) and one `dimensions/<id>.yaml` per
 * dimension with its questions. Levels are the numbers 0–4; their names are data.
 */

const text = z.string().trim().min(1, 'must not be empty');
const conceptId = z.string().regex(CONCEPT_ID, 'must be a concept id in kebab case');
const dimensionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a dimension id in kebab case');
/** `<dimension>.<name>`: the prefix makes an id readable in a scorecard without the model. */
export const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const questionId = z.string().regex(QUESTION_ID, 'must be <dimension>.<name> in kebab case, e.g. change.risk-rating');

/** A maturity level: the numbers are the contract, the names may be refined. */
export const levelSchema = z.literal([0, 1, 2, 3, 4], { error: 'must be a level: 0, 1, 2, 3 or 4' });
export type Level = z.infer<typeof levelSchema>;
export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];

/**
 * What a question is about. Anti-pattern warnings compare facets: strong `tooling` answers with
 * weak `process` answers is the "tooling without process integration" pattern.
 */
export const FACETS = ['process', 'tooling', 'governance', 'people', 'measurement'] as const;
export const facetSchema = z.enum(FACETS);
export type Facet = z.infer<typeof facetSchema>;

export const questionSchema = z
  .object({
    id: questionId.describe('stable forever: scorecards store answers under it'),
    prompt: text,
    facet: facetSchema,
    /** Observable evidence for levels 0 to 4, in order. */
    levels: z.array(text).length(5, 'needs exactly five descriptors, for levels 0 to 4 in order'),
    /**
     * What to do to climb each rung, as an imperative sentence: actions[0] takes the practice
     * from level 0 to 1, actions[3] from 3 to 4. The next-step list shows these, with the
     * descriptors as context.
     */
    actions: z
      .array(text.max(240, 'must be one sentence of at most 240 characters'))
      .length(4, 'needs exactly four actions, one per rung: 0→1, 1→2, 2→3, 3→4'),
    evidence: z.array(text).min(1, 'name at least one piece of evidence an assessor can ask for'),
    weight: z.number().positive().max(5).default(1),
    concepts: z.array(conceptId).min(1, 'link at least one concept that explains the practice'),
    /** Questions whose practice must be in place first: their next steps are planned before this one's. */
    requires: z.array(questionId).default([]),
  })
  .strict();

export const dimensionSchema = z
  .object({
    title: text,
    summary: text.max(300, 'must be one sentence of at most 300 characters'),
    concepts: z.array(conceptId).min(1),
    questions: z.array(questionSchema).min(3, 'a dimension needs 3 to 6 questions').max(6, 'a dimension needs 3 to 6 questions'),
  })
  .strict();

/** One test of an anti-pattern: the answers of a facet or of named questions, aggregated, against a bound. */
export const warningConditionSchema = z
  .object({
    facet: facetSchema.optional(),
    questions: z.array(questionId).min(1).optional(),
    measure: z.enum(['mean', 'min', 'max']).default('mean'),
    atLeast: levelSchema.optional(),
    atMost: levelSchema.optional(),
  })
  .strict()
  .refine((c) => (c.facet === undefined) !== (c.questions === undefined), { message: 'give either facet or questions, not both' })
  .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, { message: 'give atLeast or atMost' });

/** An answer pattern that matches an IS-NOT boundary of integration. */
export const warningSchema = z
  .object({
    id: dimensionId,
    title: text,
    boundary: conceptId.describe('the boundary concept this pattern falls into'),
    message: text.describe('why these answers look like the boundary, and what to do instead'),
    when: z.array(warningConditionSchema).min(1).describe('all must hold'),
  })
  .strict();

/**
 * How answers given against model version `from` carry over to the next released version:
 * every question of `from` that the next version lacks must be renamed or removed (with why),
 * so no answer ever disappears without the user being told.
 */
export const migrationSchema = z
  .object({
    from: z.number().int().positive(),
    renamed: z.record(questionId, questionId).optional(),
    removed: z.record(questionId, text.describe('why the question went: shown to the user')).optional(),
  })
  .strict();
export type Migration = z.infer<typeof migrationSchema>;

export const modelFileSchema = z
  .object({
    modelVersion: z.number().int().positive(),
    title: text,
    levels: z
      .array(z.object({ name: text, summary: text }).strict())
      .length(5, 'needs exactly five levels, 0 to 4 in order'),
    dimensions: z.array(dimensionId).min(8, 'the model needs 8 to 12 dimensions').max(12, 'the model needs 8 to 12 dimensions'),
    /** The default target profile offered on the start screen. */
    targets: z.record(dimensionId, levelSchema),
    warnings: z.array(warningSchema).default([]),
    /**
     * The joint forums that close a perception gap: where security and operations disagree
     * about a question, the next step is to take it to these (per dimension, else the default).
     */
    perceptionGap: z
      .object({
        concepts: z.array(conceptId).min(1),
        byDimension: z.record(dimensionId, z.array(conceptId).min(1)).default({}),
        /**
         * What a size of integration gap means, smallest first: a gap belongs to the last band
         * whose `atLeast` it reaches. The gap page states the bands, so a reader knows what
         * "1.6 levels" says.
         */
        bands: z
          .array(z.object({ atLeast: z.number().min(0).max(4), name: text, meaning: text }).strict())
          .default([])
          .refine((bands) => bands.length === 0 || bands[0]!.atLeast === 0, { message: 'the first band must start at atLeast: 0' })
          .refine((bands) => bands.every((b, i) => i === 0 || b.atLeast > bands[i - 1]!.atLeast), { message: 'bands must be in ascending order of atLeast' }),
      })
      .strict()
      .optional(),
    /** One entry per earlier released version (optional, so version 1 needs none). */
    migrations: z.array(migrationSchema).optional(),
  })
  .strict();

export type Question = z.infer<typeof questionSchema>;
export type DimensionFile = z.infer<typeof dimensionSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type WarningCondition = z.infer<typeof warningConditionSchema>;
export type ModelFile = z.infer<typeof modelFileSchema>;

export interface Dimension extends DimensionFile {
  id: string;
}

/** The assembled model the scoring engine and the browser use: plain JSON, no functions. */
export interface AssessmentModel extends Omit<ModelFile, 'dimensions' | 'targets'> {
  dimensions: Dimension[];
  targets: Record<string, Level>;
}

/** An answer to one question: a level, or "not applicable", or "don't know". */
export const answerValueSchema = z.union([levelSchema, z.literal('na'), z.literal('unknown')]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** The most evidence items one answer holds: a register, not a document store. */
export const EVIDENCE_MAX_ITEMS = 20;
const isoDate = z.iso.date({ error: 'must be a date such as 2026-11-23' });

/**
 * One piece of evidence behind an answer: what it is, where it is (a link or a reference such
 * as a ticket number), who keeps it, when it was collected and by when it must be reviewed.
 * Dates are calendar days (YYYY-MM-DD), so the status never depends on a time zone.
 */
export const evidenceItemSchema = z
  .object({
    title: z.string().trim().min(1, 'evidence needs a title').max(300, 'a title may hold at most 300 characters'),
    ref: z.string().max(2000, 'a link or reference may hold at most 2,000 characters').default(''),
    owner: z.string().max(200, 'an owner may hold at most 200 characters').default(''),
    collected: isoDate.optional(),
    reviewBy: isoDate.optional(),
  })
  .strict();
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export const evidenceListSchema = z.array(evidenceItemSchema).max(EVIDENCE_MAX_ITEMS, `an answer may hold at most ${EVIDENCE_MAX_ITEMS} evidence items`);

/** As the browser keeps it while the user types: a title may still be empty (such an item is left out of files). */
const evidenceDraftSchema = evidenceItemSchema.extend({ title: z.string().max(300) }).strict();

export const answerSchema = z
  .object({
    value: answerValueSchema.optional(),
    note: z.string().max(4000, 'a note may hold at most 4,000 characters').optional(),
    evidence: z.array(evidenceDraftSchema).max(EVIDENCE_MAX_ITEMS).optional(),
    /** When this answer last changed (ms since epoch): two tabs' edits merge per question by it. */
    at: z.number().int().nonnegative().optional(),
  })
  .strict();
export type Answer = z.infer<typeof answerSchema>;
export type Answers = Record<string, Answer>;
