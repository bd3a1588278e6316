import { TOPIC_IDS } from '@mamoru/content/schemas';
import { z } from 'zod';

/** Commands reachable by text, rich menu and quick replies. */
export const COMMANDS = [
  'quiz',
  'resume',
  'review',
  'exam',
  'score',
  'lessons',
  'help',
  'delete',
  'daily',
] as const;
export type Command = (typeof COMMANDS)[number];

const id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const choice = z.coerce.number().int().min(0).max(9);

/**
 * Everything a button can send back. Postback data comes from the user's device, so it is parsed,
 * never trusted: unknown shapes are rejected and ids are checked against the session later.
 */
export const postbackSchema = z.discriminatedUnion('a', [
  z.strictObject({ a: z.literal('cmd'), c: z.enum(COMMANDS) }),
  z.strictObject({ a: z.literal('topics'), p: z.coerce.number().int().min(0).max(3) }),
  z.strictObject({ a: z.literal('topic'), t: z.enum(TOPIC_IDS) }),
  z.strictObject({ a: z.literal('track'), t: z.enum(['owner', 'staff']) }),
  z.strictObject({ a: z.literal('ans'), s: id, q: id, c: choice }),
  z.strictObject({ a: z.literal('tog'), s: id, q: id, c: choice }),
  z.strictObject({ a: z.literal('sub'), s: id, q: id }),
  z.strictObject({ a: z.literal('next'), s: id }),
  z.strictObject({ a: z.literal('del'), ok: z.enum(['1', '0']) }),
  z.strictObject({ a: z.literal('daily'), on: z.enum(['1', '0']) }),
]);

export type Postback = z.output<typeof postbackSchema>;
type PostbackInput = { [K in Postback['a']]: { a: K } & Record<string, string | number> }[Postback['a']];

/** Encodes postback data as a query string (short, and readable in logs of the fake platform). */
export function encodePostback(data: PostbackInput): string {
  return new URLSearchParams(
    Object.entries(data).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
}

/** Parses postback data; undefined for anything malformed or unknown. */
export function parsePostback(data: string): Postback | undefined {
  if (data.length > 300) return undefined;
  const params = new URLSearchParams(data);
  const entries = [...params.entries()];
  if (new Set(entries.map(([k]) => k)).size !== entries.length) return undefined;
  const result = postbackSchema.safeParse(Object.fromEntries(entries));
  return result.success ? result.data : undefined;
}
