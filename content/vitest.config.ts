import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // kuromoji's dictionary and textlint's preset load once per worker, and the CLI tests start the
    // checker as a child process several times; CI runs every suite at once on two cores. A wait,
    // not a speed assertion (speed is content/bench/check-time.ts).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
