import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { conceptSchema } from './schema/concept.ts';
import { pathSchema } from './schema/path.ts';
import { contentDir } from './site/validate-content.ts';

const concepts = defineCollection({
  // The id is the file name, whatever folder the file sits in (see DESIGN.md).
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${contentDir()}/concepts`,
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
  }),
  schema: conceptSchema,
});

const paths = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir()}/paths` }),
  schema: pathSchema,
});

export const collections = { concepts, paths };
