import { z } from 'zod';
import { answerSchema, levelSchema } from './assessment.ts';

export const SAVED_KEY = 'converge:assessment';
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
  targets: z.record(z.string(), levelSchema).default({}),
  answers: z.record(z.string(), answerSchema).default({}),
  /** Where the user was, so "resume" returns there: the start screen, a dimension or the results. */
  step: z.string().max(100).default('start'),
  /** Last change to the organization, team, targets or step (ms since epoch). */
  updatedAt: z.number().int().nonnegative(),
});

export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;
