import { defineCollection } from 'astro:content';
import { deckFrontmatterSchema, lessonFrontmatterSchema } from '@mamoru/content/schemas';
import { glob } from 'astro/loaders';
import { siteEnv } from './lib/site-env.ts';

// Content lives in the content package (or CONTENT_ROOT); the site reads it in place (no copies).
// A relative base resolves from the site folder, like CONTENT_ROOT itself.
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${siteEnv.CONTENT_ROOT}/lessons` }),
  schema: lessonFrontmatterSchema,
});

const decks = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${siteEnv.CONTENT_ROOT}/decks` }),
  schema: deckFrontmatterSchema,
});

export const collections = { lessons, decks };
