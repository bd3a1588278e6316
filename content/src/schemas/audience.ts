import { z } from 'zod';

/** Who a lesson or deck is for: 経営者 (owner), 従業員 (staff), 講師 (instructor). */
export const AUDIENCES = ['owner', 'staff', 'instructor'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.output<typeof audienceSchema>;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  owner: '経営者向け',
  staff: '従業員向け',
  instructor: '講師向け',
};

/** A non-empty list of audiences without repeats. */
export const audienceListSchema = z
  .array(audienceSchema)
  .min(1)
  .refine((list) => new Set(list).size === list.length, { error: '同じ対象が2回あります' });
