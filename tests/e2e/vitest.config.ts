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
    // Whole journeys with axe runs: generous, since a busy two-core machine halves the speed.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
