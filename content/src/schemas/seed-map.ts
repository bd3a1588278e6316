import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

/** One recommendation of the seed paper and the curriculum topics that serve it (content/seed-map.yaml). */
export const seedRecommendationSchema = z.strictObject({
  /** Stable id, e.g. II-1-4. */
  id: z.string().min(1),
  /** Section of the paper as printed (II-1-④). */
  section: z.string().min(1),
  /** What the paper asks for, in a line. */
  title: z.string().min(1),
  /** Topics whose lessons and questions serve it. */
  topics: z.array(z.enum(TOPIC_IDS)),
  /** `all` when the seminar decks themselves serve it. */
  decks: z.literal('all').optional(),
  /** Whether the exam-practice set serves it. */
  examPractice: z.boolean().optional(),
});

export const seedMapSchema = z.array(seedRecommendationSchema).min(1);
export type SeedRecommendation = z.output<typeof seedRecommendationSchema>;
