import { defineCollection } from 'astro:content';
import { deckFrontmatterSchema, lessonSchema } from '@mamoru/content/schemas';
import { glob } from 'astro/loaders';
import { lessonLoader } from './lib/lesson-loader.ts';
import { siteEnv } from './lib/site-env.ts';

// Content lives in the content package (or CONTENT_ROOT); the site reads it in place (no copies).
// A relative base resolves from the site folder, like CONTENT_ROOT itself.
// Lessons are MDX rendered to HTML at content sync (lib/lesson-loader.ts), not one module each;
// each entry holds the whole lesson (front matter, id, body, path) for siteContent().
const lessons = defineCollection({
  loader: lessonLoader({ contentRoot: siteEnv.CONTENT_ROOT }),
  schema: lessonSchema,
});

const decks = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${siteEnv.CONTENT_ROOT}/decks` }),
  schema: deckFrontmatterSchema,
});

export const collections = { lessons, decks };
