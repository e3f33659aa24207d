import { z } from './zod.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** One stop on a learning path: a concept, what the trainer says, what the room discusses. */
export const pathStepSchema = z
  .object({
    concept: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a concept id in kebab case'),
    note: text.describe('a short trainer note: what to point out at this step'),
    question: text.describe('a discussion question for the room'),
  })
  .strict();

/** Frontmatter of `content/paths/<id>.mdx`: an ordered walk through the graph for trainers. */
export const pathSchema = z
  .object({
    title: text,
    summary: text.max(300, 'must be one sentence of at most 300 characters'),
    audience: text,
    minutes: z.number().int().positive().max(480),
    steps: z.array(pathStepSchema).min(2, 'a path needs at least 2 steps'),
    updated: z.coerce.date({ error: 'must be a date such as 2026-11-23' }),
  })
  .strict();

export type PathData = z.infer<typeof pathSchema>;
