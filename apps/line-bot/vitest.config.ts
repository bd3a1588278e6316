import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Each file starts its own servers (and PostgreSQL); a generous timeout covers initdb.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The simulator's browser test polls the page; vitest's 1 s default is too short when CI runs
    // every suite and drill at once on two cores. A wait, not a speed assertion.
    expect: { poll: { timeout: 15_000 } },
  },
});
