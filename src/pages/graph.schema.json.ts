import type { APIRoute } from 'astro';
import { graphJsonSchemaDocument } from '../schema/graph-json.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(graphJsonSchemaDocument(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
