import type { APIRoute } from 'astro';
import { scorecardJsonSchema } from '../../schema/scorecard.ts';

/** The scorecard file format as JSON Schema, generated from the zod schema that import uses. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(scorecardJsonSchema(site ? new URL(import.meta.env.BASE_URL, site).href : import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
