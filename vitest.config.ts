import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The end-to-end files mostly wait on child processes (builds, which take turns, and Chromium),
    // so more files run at once than there are cores (Vitest's default is one less).
    maxWorkers: Math.max(availableParallelism(), 4),
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Their beforeAll hooks run the CLIs (ingest, build), slower while other files run.
          hookTimeout: 120_000,
          // Runs only when e2e files are in the run: finds the browser, builds dist/ once when it is
          // missing or stale; the browser tests read and serve it.
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
