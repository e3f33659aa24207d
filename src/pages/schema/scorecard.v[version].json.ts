import type { APIRoute, GetStaticPaths } from 'astro';
import { SCORECARD_SCHEMAS, scorecardJsonSchema } from '../../schema/scorecard.ts';

/** Every scorecard format version stays published: files of each are still read. */
export const getStaticPaths = (() => Object.keys(SCORECARD_SCHEMAS).map((version) => ({ params: { version } }))) satisfies GetStaticPaths;

/** The scorecard file format as JSON Schema, generated from the zod schema that import uses. */
export const GET: APIRoute = ({ params, site }) => {
  const base = site ? new URL(import.meta.env.BASE_URL, site).href : import.meta.env.BASE_URL;
  const schema = scorecardJsonSchema(base, Number(params.version) as keyof typeof SCORECARD_SCHEMAS);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
