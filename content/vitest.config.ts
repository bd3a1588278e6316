import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // kuromoji's dictionary and textlint's preset load once per worker; give them time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
