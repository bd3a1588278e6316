import { defineCollection } from 'astro:content';
import { deckFrontmatterSchema, lessonFrontmatterSchema } from '@mamoru/content/schemas';
import { glob } from 'astro/loaders';

// Content lives in the content package; the site reads it in place (no copies).
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: '../../content/lessons' }),
  schema: lessonFrontmatterSchema,
});

const decks = defineCollection({
  loader: glob({ pattern: '*.mdx', base: '../../content/decks' }),
  schema: deckFrontmatterSchema,
});

export const collections = { lessons, decks };
