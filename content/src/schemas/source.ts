import { z } from 'zod';

/** Where a fact in a lesson comes from. */
export const sourceSchema = z.strictObject({
  /** Title of the document, as published. */
  title: z.string().min(1),
  /** Who published it (e.g. 東京商工会議所, IPA, 経済産業省). */
  publisher: z.string().min(1),
  /** Year of the edition used. */
  year: z.number().int().min(1990).max(2100),
  /** Optional web address; only addresses listed in the project's sources notes. */
  url: z.url().optional(),
});

export type Source = z.output<typeof sourceSchema>;
