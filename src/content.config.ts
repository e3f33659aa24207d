import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listContentFiles } from './graph/read-concepts.ts';
import { conceptSchema } from './schema/concept.ts';
import { pathSchema } from './schema/path.ts';
import { contentDir, layerDir } from './site/validate-content.ts';

// The id is the file name, whatever folder the file sits in (see DESIGN.md).
const fileId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, '');

/**
 * Our folder and, when `CONVERGE_LAYER` names one, the organization's folder on top of it. A layer
 * file with one of our ids replaces ours (the content guard has already refused the build unless
 * the file says `overrides: true`), so our file is left out of the glob rather than loaded twice.
 */
function layered(folder: string, pattern: string, generateId?: typeof fileId): Loader {
  const layer = layerDir();
  const theirDir = layer && join(layer, folder);
  const theirIds = theirDir && existsSync(theirDir) ? listContentFiles(theirDir).map((f) => basename(f, extname(f))) : [];
  const ours = glob({ pattern: [pattern, ...theirIds.map((id) => `!**/${id}.{md,mdx}`)], base: `${contentDir()}/${folder}`, generateId });
  if (!theirDir || theirIds.length === 0) return ours;
  const theirs = glob({ pattern, base: theirDir, generateId });
  return {
    name: 'converge-layered-glob',
    // Each glob deletes the store entries it did not load itself, which would be the other
    // folder's; so each sees a store with no keys, and entries neither loaded are removed here.
    load: async (context: LoaderContext) => {
      const before = new Set(context.store.keys());
      const touched = new Set<string>();
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'keys') return () => [];
          if (key === 'get') return (id: string) => (touched.add(id), target.get(id));
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await ours.load({ ...context, store });
      await theirs.load({ ...context, store });
      for (const id of before) if (!touched.has(id)) context.store.delete(id);
    },
  };
}

// Astro keeps parsed entries in node_modules/.astro/data-store.json and re-parses only changed
// files, clearing the store only when this file's text changes. A schema change elsewhere (a new
// relation type's default) would leave unchanged files without it, so bump this with the schema.
// Schema revision: 2 (the informs relation).
const concepts = defineCollection({
  loader: layered('concepts', '**/*.{md,mdx}', fileId),
  schema: conceptSchema,
});

const paths = defineCollection({
  loader: layered('paths', '*.{md,mdx}'),
  schema: pathSchema,
});

export const collections = { concepts, paths };
