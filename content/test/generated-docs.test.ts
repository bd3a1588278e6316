import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsPath, generateDocs } from '../src/docs/generate-docs.ts';
import { loadSeedMap } from '../src/docs/seed-coverage.ts';
import { PACKAGE_DIR } from '../src/load/locations.ts';
import { TOPIC_IDS } from '../src/schemas/topics.ts';

describe('generated docs', () => {
  it('every curriculum topic serves at least one recommendation of the seed paper', () => {
    const covered = new Set(loadSeedMap(PACKAGE_DIR).flatMap((recommendation) => recommendation.topics));
    expect(TOPIC_IDS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('docs/seed-coverage.md and docs/readability.md match the content (run `pnpm --filter @mamoru/content docs`)', async () => {
    for (const [relative, expected] of await generateDocs()) {
      expect(readFileSync(docsPath(relative), 'utf8'), relative).toBe(expected);
    }
  }, 120_000);
});
