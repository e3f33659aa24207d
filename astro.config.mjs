// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { modulePreload } from './src/integrations/module-preload.ts';

// CONVERGE_BASE hosts the site under a sub-path, e.g. CONVERGE_BASE=/converge/ npm run build.
export default defineConfig({
  base: process.env.CONVERGE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), modulePreload()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the bundler's
        // warning about it is noise that would bury real problems in the build log.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
        // Cytoscape in a chunk of its own: cached across deploys, and the graph page's own
        // JavaScript can be measured apart from it (npm run bench).
        output: {
          manualChunks: (id) => (id.includes('node_modules/cytoscape/') ? 'cytoscape' : undefined),
        },
      },
    },
  },
});
