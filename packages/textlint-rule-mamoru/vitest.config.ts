import { defineConfig } from 'vitest/config';

export default defineConfig({
  // textlint-tester calls describe/it as globals (mocha style).
  test: { include: ['test/**/*.test.ts'], globals: true },
});
