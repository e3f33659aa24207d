import { z } from './zod.ts';
import { levelSchema, QUESTION_ID } from './assessment.ts';

/** A plan in a few phases, not a project schedule: more than this and the radar stops reading. */
export const ROADMAP_MAX_PHASES = 6;
/** Every rung of every question of the model, with room to spare. */
export const ROADMAP_MAX_ITEMS = 300;
/** What a new roadmap starts with; "Use quarters" renames them. */
export const DEFAULT_PHASES = ['Now', 'Next', 'Later'] as const;

/**
 * One planned step: a question raised to level `to` (`raise`), or its answer established first
 * (`find-out`, for a question answered "don't know" or not at all), in a phase, with an owner
 * and a due date.
 */
export const roadmapItemSchema = z
  .object({
    question: z.string().regex(QUESTION_ID, 'must be a question id such as change.security-risk-rating'),
    kind: z.enum(['raise', 'find-out']).default('raise'),
    /** The level this step reaches; only a `raise` has one. */
    to: levelSchema.optional(),
    /** Index into the roadmap's phases. */
    phase: z.number().int().min(0).max(ROADMAP_MAX_PHASES - 1),
    owner: z.string().max(200, 'an owner may hold at most 200 characters').default(''),
    due: z.iso.date({ error: 'must be a date such as 2027-03-31' }).optional(),
  })
  .strict()
  .refine((item) => (item.kind === 'raise') === (item.to !== undefined), { message: 'a raise needs the level it reaches ("to"), and a find-out has none', path: ['to'] });
export type RoadmapItem = z.infer<typeof roadmapItemSchema>;

export const roadmapSchema = z
  .object({
    phases: z
      .array(z.string().trim().min(1, 'a phase needs a name').max(60, 'a phase name may hold at most 60 characters'))
      .min(1, 'a roadmap needs at least one phase')
      .max(ROADMAP_MAX_PHASES, `a roadmap has at most ${ROADMAP_MAX_PHASES} phases`),
    items: z.array(roadmapItemSchema).max(ROADMAP_MAX_ITEMS, `a roadmap holds at most ${ROADMAP_MAX_ITEMS} items`),
  })
  .strict()
  .superRefine((roadmap, context) => {
    const seen = new Set<string>();
    roadmap.items.forEach((item, i) => {
      if (item.phase >= roadmap.phases.length) context.addIssue({ code: 'custom', path: ['items', i, 'phase'], message: `is phase ${item.phase + 1}, but the roadmap has ${roadmap.phases.length}` });
      const key = roadmapItemKey(item);
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['items', i], message: `plans ${item.question} ${item.kind === 'raise' ? `to level ${item.to}` : 'find-out'} twice` });
      seen.add(key);
    });
  });
export type Roadmap = z.infer<typeof roadmapSchema>;

/** What makes an item unique: its question and what it does (a rung or finding out). */
export const roadmapItemKey = (item: Pick<RoadmapItem, 'question' | 'kind' | 'to'>) => `${item.question}:${item.kind === 'raise' ? item.to : 'find-out'}`;
