// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// CONVERGE_BASE hosts the site under a sub-path, e.g. CONVERGE_BASE=/converge/ npm run build.
export default defineConfig({
  base: process.env.CONVERGE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The service worker comes last: it precaches the files the others have written.
  integrations: [contentGuard(), mdx(), modulePreload(), serviceWorker()],
  devToolbar: { enabled: false },
  // Shiki colours code with inline style attributes, which the CSP below forbids; concept
  // bodies are prose, and a code block still renders, uncoloured.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy meta tag on every page: scripts only from this site (Astro adds
  // hashes for its own bundles), nothing fetched from or sent to another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Cytoscape injects this one stylesheet into <head> when it starts; allowed by its hash only.
      styleDirective: { hashes: ['sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='] },
    },
  },
  vite: {
    build: {
      // Astro inlines a small script with no imports; pages keep every script an external file
      // (the CSP's rule for this site), so scripts are never inlined, whatever their size.
      assetsInlineLimit: (file) => (/\.(js|mjs)$/.test(file) ? false : undefined),
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the bundler's
        // warning about it is noise that would bury real problems in the build log.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
