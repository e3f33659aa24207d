import { z } from './zod.ts';
import { answerValueSchema, evidenceListSchema, levelSchema, QUESTION_ID } from './assessment.ts';
import { roadmapSchema } from './roadmap.ts';

export const SCORECARD_FORMAT = 'converge-scorecard';
/** The newest scorecard format this build writes and reads; older ones migrate on import. */
export const SCORECARD_VERSION = 4;
/** Files larger than this are refused before parsing: a scorecard is a few kilobytes. */
export const SCORECARD_MAX_BYTES = 1024 * 1024;

const name = z.string().max(200, 'must be at most 200 characters');
const dimensionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a dimension id in kebab case');
const score = z.number().min(0).max(4).nullable();

const dimensionResultSchema = z.object({
  id: dimensionId,
  title: z.string().max(200),
  score,
  level: levelSchema.nullable(),
  target: levelSchema,
  gap: z.number().int().min(0).max(4),
  completion: z.number().min(0).max(1),
  uncertainty: z.number().min(0).max(1),
});

/**
 * The results as computed when the scorecard was written, so a reader without Converge (a
 * spreadsheet, a script) can read them. On import they are recomputed, never trusted.
 */
export const scorecardResultsSchema = z.object({
  score,
  level: levelSchema.nullable(),
  weakest: dimensionId.nullable(),
  completion: z.number().min(0).max(1),
  uncertainty: z.number().min(0).max(1),
  dimensions: z.array(dimensionResultSchema).max(50),
});

/** An answer as formats 1 and 2 hold it: a value and a note. */
export const scorecardAnswerV2Schema = z
  .object({
    value: answerValueSchema.optional(),
    note: z.string().max(4000, 'a note may hold at most 4,000 characters').optional(),
  })
  .strict();

/** Format 3 adds the evidence register: what backs the answer, who keeps it, when to review it. */
export const scorecardAnswerSchema = scorecardAnswerV2Schema.extend({ evidence: evidenceListSchema.optional() }).strict();

/** Who answered: security, operations, or both together (the default, and all format 1 knew). */
export const PERSPECTIVES = ['joint', 'security', 'operations'] as const;
export const perspectiveSchema = z.enum(PERSPECTIVES);
export type Perspective = z.infer<typeof perspectiveSchema>;

const questionKey = z.string().regex(QUESTION_ID, 'must be a question id such as change.security-risk-rating');

/** Format 1: as format 2 without `perspective`. Still read; upgraded on import. */
export const scorecardV1Schema = z.object({
  format: z.literal(SCORECARD_FORMAT),
  version: z.literal(1),
  modelVersion: z.number().int().positive(),
  organization: name,
  team: name.default(''),
  assessor: name.default(''),
  date: z.iso.date({ error: 'must be a date such as 2026-11-23' }),
  answers: z.record(questionKey, scorecardAnswerV2Schema),
  targets: z.record(dimensionId, levelSchema),
  results: scorecardResultsSchema,
});

/** Format 2: as format 3 without evidence. Still read; upgraded on import. */
export const scorecardV2Schema = scorecardV1Schema.extend({
  version: z.literal(2),
  perspective: perspectiveSchema.default('joint'),
});

/** Format 3: as format 4 without the roadmap. Still read; upgraded on import. */
export const scorecardV3Schema = scorecardV2Schema.extend({
  version: z.literal(3),
  answers: z.record(questionKey, scorecardAnswerSchema),
});

/**
 * A scorecard file, `"format": "converge-scorecard"`: who assessed what, from which side, when,
 * against which model version, the evidence behind each answer, and the phased roadmap (format 4).
 */
export const scorecardSchema = scorecardV3Schema.extend({
  version: z.literal(SCORECARD_VERSION),
  roadmap: roadmapSchema.optional(),
});

export type Scorecard = z.infer<typeof scorecardSchema>;
export type ScorecardResults = z.infer<typeof scorecardResultsSchema>;

/** Each format version's schema, as published. */
export const SCORECARD_SCHEMAS = { 1: scorecardV1Schema, 2: scorecardV2Schema, 3: scorecardV3Schema, 4: scorecardSchema } as const;

/** The published JSON Schema (`/schema/scorecard.v<version>.json`), generated from the zod schema. */
export function scorecardJsonSchema(siteUrl = '', version: keyof typeof SCORECARD_SCHEMAS = SCORECARD_VERSION) {
  return {
    ...z.toJSONSchema(SCORECARD_SCHEMAS[version], { io: 'input' }),
    $id: `${siteUrl}schema/scorecard.v${version}.json`,
    title: 'Converge scorecard',
    description: 'A maturity self-assessment of security integrated into IT operations, exported by Converge.',
  };
}
