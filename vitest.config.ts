import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // Builds dist/ once when it is missing or stale; the browser tests read and serve it.
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
