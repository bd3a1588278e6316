import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Each file starts its own servers (and PostgreSQL); a generous timeout covers initdb.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
