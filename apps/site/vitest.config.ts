import { defineConfig } from 'vitest/config';

// Tests run against the built site (dist/): turbo's `test` task depends on `build`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
