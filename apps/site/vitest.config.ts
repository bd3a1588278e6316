import { defineConfig } from 'vitest/config';

// Tests run against the built site (dist/): turbo's `test` task depends on `build`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for the page (a search, a quiz answer); 1 s, vitest's default, is too short
    // when CI runs every suite and drill at once on two cores. A wait, not a speed assertion.
    expect: { poll: { timeout: 15_000 } },
  },
});
