import { z } from 'zod';
import { audienceListSchema } from './audience.ts';

/** Front matter of a seminar deck: content/decks/<id>.mdx */
export const deckFrontmatterSchema = z.strictObject({
  /** Title on the first slide and in the deck list. */
  title: z.string().min(1).max(60),
  /** Who the seminar is for. */
  audience: audienceListSchema,
  /** Planned length of the whole seminar in minutes. */
  durationMinutes: z.number().int().min(5).max(240),
  /** Lesson ids the deck is built from (<topic>/<slug>). */
  lessons: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)).min(1),
  /**
   * How to run this seminar, for the instructor: audience, room and what to hand out (one
   * paragraph, shown on the decks index).
   */
  howToRun: z.string().min(1).max(240).optional(),
});

/** Attributes of one <Slide> or <QuizSlide> in a deck body. */
export const slideAttributesSchema = z.strictObject({
  /** Planned minutes for the slide (may be a fraction, e.g. 1.5). */
  minutes: z.number().positive().max(60).optional(),
  /** Question id, only on <QuizSlide>. */
  question: z.string().optional(),
});

export type DeckFrontmatter = z.output<typeof deckFrontmatterSchema>;
export type SlideAttributes = z.output<typeof slideAttributesSchema>;
