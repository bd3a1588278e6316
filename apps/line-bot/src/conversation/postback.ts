import { TOPIC_IDS } from '@mamoru/content/schemas';
import { z } from 'zod';
import type { SetRequest } from './state.ts';

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
/** Choices as a card showed them, e.g. "0.2" for ア・ウ. */
const selection = z
  .string()
  .regex(/^\d(?:\.\d){0,9}$/)
  .transform((s) => [...new Set(s.split('.').map(Number))].sort((a, b) => a - b));
const lessonId = z.string().regex(/^[a-z0-9-]{1,40}\/[a-z0-9-]{1,60}$/);

/**
 * Everything a button can send back. Postback data comes from the user's device, so it is parsed,
 * never trusted: unknown shapes are rejected and ids are checked against the session later.
 */
export const postbackSchema = z.discriminatedUnion('a', [
  z.strictObject({ a: z.literal('cmd'), c: z.enum(COMMANDS) }),
  z.strictObject({ a: z.literal('topics'), p: z.coerce.number().int().min(0).max(3) }),
  /** A topic: its lessons' sets to choose from (or its set, when it has one lesson). */
  z.strictObject({ a: z.literal('topic'), t: z.enum(TOPIC_IDS) }),
  /** The whole topic's set. */
  z.strictObject({ a: z.literal('all'), t: z.enum(TOPIC_IDS) }),
  /** One lesson's set. */
  z.strictObject({ a: z.literal('les'), l: lessonId }),
  z.strictObject({ a: z.literal('track'), t: z.enum(['owner', 'staff']) }),
  /** 「新しく始める」: the set asked for while another was in progress. */
  z.strictObject({ a: z.literal('new') }),
  z.strictObject({ a: z.literal('ans'), s: id, q: id, c: choice }),
  /** A multiple-answer choice set on (1) or off (0): a repeat changes nothing. */
  z.strictObject({ a: z.literal('tog'), s: id, q: id, c: choice, on: z.enum(['1', '0']) }),
  /** 「これで答える」 with the selection its card showed. */
  z.strictObject({ a: z.literal('sub'), s: id, q: id, c: selection }),
  z.strictObject({ a: z.literal('next'), s: id }),
  z.strictObject({ a: z.literal('del'), ok: z.enum(['1', '0']) }),
  z.strictObject({ a: z.literal('daily'), on: z.enum(['1', '0']) }),
]);

export type Postback = z.output<typeof postbackSchema>;
type PostbackInput = { [K in Postback['a']]: { a: K } & Record<string, string | number> }[Postback['a']];

/** The postback that starts a set. */
export function setPostback(request: SetRequest): PostbackInput {
  switch (request.kind) {
    case 'topic':
      return { a: 'all', t: request.topic };
    case 'lesson':
      return { a: 'les', l: request.lesson };
    case 'track':
      return { a: 'track', t: request.track };
    case 'exam':
      return { a: 'cmd', c: 'exam' };
    case 'review':
      return { a: 'cmd', c: 'review' };
    default:
      return request satisfies never;
  }
}

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
