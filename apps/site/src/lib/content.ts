import { getCollection } from 'astro:content';
import { type Content, loadContent } from '@mamoru/content';

let cached: Promise<Content> | undefined;

/**
 * All content, loaded and validated once per build. The lessons come from the lessons collection,
 * which read and checked them at content sync (lib/lesson-loader.ts): reading every front matter
 * again cost about a millisecond a lesson.
 */
export function siteContent(): Promise<Content> {
  cached ??= getCollection('lessons').then((entries) =>
    loadContent({
      root: import.meta.env.MAMORU_CONTENT_ROOT,
      // In the order loadContent() reads the files (the store keeps entries in the order they came).
      lessons: entries
        .map((entry) => entry.data)
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    }),
  );
  return cached;
}
