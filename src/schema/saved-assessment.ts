import { z } from './zod.ts';
import { answerSchema, levelSchema } from './assessment.ts';
import { roadmapSchema } from './roadmap.ts';
import { perspectiveSchema, type Perspective } from './scorecard.ts';

export const SAVED_KEY = 'converge:assessment';
/** Which perspective's assessment the page opens on. */
export const PERSPECTIVE_KEY = 'converge:perspective';

/**
 * Each perspective keeps its own saved assessment, so one browser can hold the security and the
 * operations view of the same team side by side; the joint one keeps the original key.
 */
export const savedKey = (perspective: Perspective) => (perspective === 'joint' ? SAVED_KEY : `${SAVED_KEY}:${perspective}`);
export const SAVED_FORMAT = 'converge-assessment';
export const SAVED_VERSION = 1;

/**
 * What the browser keeps in localStorage: a versioned record, so a later release can migrate
 * it instead of discarding it. Answers carry their own timestamps so two tabs merge per question.
 */
export const savedAssessmentSchema = z.object({
  format: z.literal(SAVED_FORMAT),
  version: z.literal(SAVED_VERSION),
  modelVersion: z.number().int().positive(),
  organization: z.string().max(200).default(''),
  team: z.string().max(200).default(''),
  assessor: z.string().max(200).default(''),
  perspective: perspectiveSchema.default('joint'),
  targets: z.record(z.string(), levelSchema).default({}),
  answers: z.record(z.string(), answerSchema).default({}),
  /** The phased plan made from the results; absent until the user starts one. */
  roadmap: roadmapSchema.optional(),
  /** Where the user was, so "resume" returns there: the start screen, a dimension or the results. */
  step: z.string().max(100).default('start'),
  /** Last change to the organization, team, targets or step (ms since epoch). */
  updatedAt: z.number().int().nonnegative(),
});

export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;
