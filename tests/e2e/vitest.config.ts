import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Browser journeys against the built site, served as a static host would serve it. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
