import { z } from './zod.ts';
import { EDGE_TYPES, NODE_TYPES } from './vocabulary.ts';

/** Bumped when a field of graph.json changes meaning or disappears; adding a field keeps the version. */
export const GRAPH_JSON_VERSION = 1;

/** `graph.json`, the site's open data: every concept with its build-time position, every typed edge. */
export const graphJsonSchema = z
  .object({
    format: z.literal('converge-graph'),
    version: z.literal(GRAPH_JSON_VERSION),
    nodes: z.array(
      z.object({
        id: z.string().describe('the concept id, also its file name'),
        title: z.string(),
        type: z.enum(NODE_TYPES),
        summary: z.string().describe('one sentence'),
        url: z.string().describe("the concept's page, under the site's base path"),
        aliases: z.array(z.string()),
        x: z.number().describe('layout position computed at build time'),
        y: z.number(),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        type: z.enum(EDGE_TYPES).describe('authored relation, or mapsTo derived from a framework mapping'),
      }),
    ),
    paths: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          url: z.string().describe("the path's page, under the site's base path"),
          steps: z.array(z.object({ concept: z.string().describe('a node id'), url: z.string().describe("the step's page") })),
        }),
      )
      .describe('learning paths: concepts in teaching order'),
  })
  .describe('Converge knowledge graph');

export type GraphJson = z.infer<typeof graphJsonSchema>;

/** The JSON Schema published next to graph.json, generated from the zod schema so the two never drift. */
export function graphJsonSchemaDocument() {
  return { $id: 'graph.schema.json', ...z.toJSONSchema(graphJsonSchema) };
}
