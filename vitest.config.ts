import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most end-to-end tests wait on processes and sockets rather than compute: four files at a time keep two cores busy.
    poolOptions: { forks: { maxForks: 4, minForks: 1 } },
  },
});
