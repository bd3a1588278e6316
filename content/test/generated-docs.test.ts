import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsPath, generateDocs } from '../src/docs/generate-docs.ts';
import { loadSeedMap } from '../src/docs/seed-coverage.ts';
import { PACKAGE_DIR } from '../src/load/locations.ts';
import { loadContent } from '../src/load-content.ts';
import { TOPIC_IDS } from '../src/schemas/topics.ts';

describe('generated docs', () => {
  it('every curriculum topic serves at least one recommendation of the seed paper', () => {
    const covered = new Set(loadSeedMap(PACKAGE_DIR).flatMap((recommendation) => recommendation.topics));
    expect(TOPIC_IDS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('gives every seed recommendation that has lessons a deck that teaches one of them', async () => {
    const content = await loadContent();
    const withoutDeck = loadSeedMap(PACKAGE_DIR)
      .filter((recommendation) => {
        const topics = new Set<string>(recommendation.topics);
        const lessons = new Set(
          content.lessons.filter((lesson) => topics.has(lesson.topic)).map((lesson) => lesson.id),
        );
        if (lessons.size === 0 || recommendation.decks === 'all') return false;
        return !content.decks.some((deck) => deck.lessons.some((id) => lessons.has(id)));
      })
      .map((recommendation) => recommendation.section);
    expect(withoutDeck).toEqual([]);
  }, 120_000);

  it('docs/seed-coverage.md and docs/readability.md match the content (run `pnpm --filter @mamoru/content docs`)', async () => {
    for (const [relative, expected] of await generateDocs()) {
      expect(readFileSync(docsPath(relative), 'utf8'), relative).toBe(expected);
    }
  }, 120_000);
});
