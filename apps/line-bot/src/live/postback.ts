import { z } from 'zod';

/**
 * Live buttons carry `lv=...` (never `a=...`), so the quiz's own postback parser never sees them
 * and the live hook in handle-event.ts can claim them first.
 */
const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
export const livePostbackSchema = z.discriminatedUnion('lv', [
  z.strictObject({ lv: z.literal('ans'), s: id, q: id, c: z.coerce.number().int().min(0).max(9) }),
  z.strictObject({ lv: z.literal('next') }),
  z.strictObject({ lv: z.literal('result') }),
]);
export type LivePostback = z.output<typeof livePostbackSchema>;

export const isLivePostback = (data: string) => data.startsWith('lv=');

export function encodeLivePostback(data: Record<string, string | number>): string {
  return new URLSearchParams(
    Object.entries(data).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
}

/** Undefined for anything malformed (data comes from the user's device). */
export function parseLivePostback(data: string): LivePostback | undefined {
  if (data.length > 300) return undefined;
  const entries = [...new URLSearchParams(data).entries()];
  if (new Set(entries.map(([k]) => k)).size !== entries.length) return undefined;
  const result = livePostbackSchema.safeParse(Object.fromEntries(entries));
  return result.success ? result.data : undefined;
}
