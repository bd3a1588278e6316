import { defineConfig } from 'vitest/config';

// `pnpm vitest` at the root runs every package's tests as one project each;
// `npm test` runs them through turbo (per package, cached).
export default defineConfig({
  test: {
    projects: ['content', 'packages/*', 'apps/*'],
  },
});
