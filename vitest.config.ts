import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules, fixtures and rules over the real content: no build needed.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'] },
      },
      {
        // The built site: global setup builds it once (at / and at /converge/), then the
        // build tests read dist files and the browser tests drive Chromium against it.
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
