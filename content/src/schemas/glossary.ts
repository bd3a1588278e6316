import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';

/** One glossary term: content/glossary/<topic>.yaml holds a list of these. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id used in <Term id="..."> and in URLs (lowercase ascii, digits and hyphens). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The term as written (e.g. ランサムウェア). */
  term: z.string().min(1).max(30),
  /** Reading in kana, used for 五十音順 sorting. */
  reading: z.string().regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u, {
    error: 'reading はひらがなかカタカナで書いてください',
  }),
  /** Other spellings that count as the same term. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One plain sentence (<= 80 characters) with no other jargon in it. */
  plain: z.string().min(1).max(80),
  /** Optional longer explanation. */
  more: z.string().min(1).max(400).optional(),
  /** Topic the term belongs to. */
  topic: z.enum(TOPIC_IDS),
});

export const glossaryFileSchema = z.array(glossaryTermSchema);

export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
