import { z } from 'zod';
import { audienceListSchema } from './audience.ts';
import { sourceSchema } from './source.ts';
import { TOPIC_IDS } from './topics.ts';

/** Front matter of a lesson: content/lessons/<topic>/<slug>.md */
export const lessonFrontmatterSchema = z.strictObject({
  /** Title shown on the page and in the bot (<= 40 characters). */
  title: z.string().min(1).max(40),
  /** One or two sentences for lists and search results (<= 120 characters). */
  summary: z.string().min(1).max(120),
  /** Topic id; must equal the folder the file is in. */
  topic: z.enum(TOPIC_IDS),
  /** Who the lesson is for; decides which tracks include it. */
  audience: audienceListSchema,
  /** Reading time in minutes (1-10); checked against the body at about 500 characters a minute. */
  minutes: z.number().int().min(1).max(10),
  /** Position within the topic (1 = first). */
  order: z.number().int().min(1),
  /** 1-5 points to remember (<= 60 characters each); the site shows them, the bot quotes them. */
  takeaways: z.array(z.string().min(1).max(60)).min(1).max(5),
  /** Where the facts come from; at least one. */
  sources: z.array(sourceSchema).min(1),
  /** Date the facts were last checked (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
});

export type LessonFrontmatterInput = z.input<typeof lessonFrontmatterSchema>;
export type LessonFrontmatter = z.output<typeof lessonFrontmatterSchema>;

/**
 * A lesson as loadContent() reads it (the Lesson type): the front matter and where the lesson
 * lives. The site's lesson collection keeps these, so pages get the lessons without reading
 * the files again.
 */
export const lessonSchema = lessonFrontmatterSchema.extend({
  id: z.string(),
  slug: z.string(),
  file: z.string(),
  body: z.string(),
  path: z.string(),
});
