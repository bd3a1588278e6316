import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEvent, type UserAction } from '@mamoru/line-bot/events';
import fc from 'fast-check';
import { CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { startFakeLineApi } from '../fake-line-api.ts';
import { webhookClient } from '../webhook-client.ts';

/** The bot's limit (apps/line-bot/src/webhook/route.ts MAX_BODY_BYTES). */
const MAX_BODY_BYTES = 1024 * 1024;

type Signing = 'signed' | 'unsigned' | 'wrong';
export interface FuzzCase {
  body: Buffer;
  signing: Signing;
}

const action: fc.Arbitrary<UserAction> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), text: fc.string({ unit: 'grapheme', maxLength: 80 }) }),
  fc.record({
    kind: fc.constant('postback' as const),
    data: fc.oneof(
      fc.string({ maxLength: 320 }),
      fc.constantFrom('a=cmd&c=quiz', 'a=topic&t=bcp', 'a=ans&s=x&q=y&c=1'),
    ),
  }),
  fc.constantFrom<UserAction>(
    { kind: 'follow' },
    { kind: 'unfollow' },
    { kind: 'sticker' },
    { kind: 'image' },
  ),
);

/** A webhook body as LINE sends it, with 0-3 events of random users. */
const validBody = fc
  .array(fc.tuple(action, fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 4e12 })), {
    maxLength: 3,
  })
  .map((events) =>
    JSON.stringify({
      destination: 'Ufuzz',
      events: events.map(([a, user, ts]) =>
        buildEvent(a, {
          userId: `U${user.toString(16).padStart(32, '0')}`,
          timestamp: ts,
          replyToken: `r${user}`,
        }),
      ),
    }),
  );

/** Byte-level damage to a valid body: flips, cuts, insertions. */
const mutatedBody = fc
  .tuple(
    validBody,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom('flip', 'cut', 'insert', 'truncate'),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([body, mutations]) => {
    let bytes = Buffer.from(body);
    for (const [at, value, kind] of mutations) {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      if (kind === 'flip' && bytes.length > 0) bytes[i] = value;
      else if (kind === 'cut')
        bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1 + (value % 8))]);
      else if (kind === 'insert')
        bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([value]), bytes.subarray(i)]);
      else bytes = bytes.subarray(0, i);
    }
    return bytes;
  });

/** Right JSON, wrong shapes: any JSON value, or events that are not events. */
const wrongShape = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc
    .array(
      fc.dictionary(
        fc.constantFrom('type', 'webhookEventId', 'timestamp', 'mode', 'source', 'x'),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 4 },
    )
    .map((events) => JSON.stringify({ events })),
);

const body: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 3, arbitrary: validBody.map((b) => Buffer.from(b)) },
  { weight: 4, arbitrary: mutatedBody },
  { weight: 2, arbitrary: wrongShape.map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)) },
);

/** Fuzz cases: half signed, the rest unsigned or signed with another secret; a few over 1 MB. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  body: fc.oneof(
    { weight: 2000, arbitrary: body },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(1024 * 1024 + 1, 0x20)) },
  ),
  signing: fc.constantFrom<Signing>('signed', 'signed', 'unsigned', 'wrong'),
});

/**
 * Posts `count` fuzz cases to the bot (SQLite, child process), 32 at a time. Returns the statuses per
 * signing, whether the server stayed up, and what it kept alive after each 1,000 bodies.
 */
export async function fuzzBodiesDrill(options: { count: number; seed?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-fuzz-'));
  const api = await startFakeLineApi();
  const bot = await startBotProcess({ lineApiUrl: api.url, dataDir: dir, logLevel: 'error', inspect: true });
  const client = webhookClient(CHANNEL_SECRET, 32);
  const statuses: Record<Signing, Record<string, number>> = { signed: {}, unsigned: {}, wrong: {} };
  const connectionErrors: string[] = [];
  const liveHeap: number[] = [];
  try {
    const batch = 1000;
    for (let start = 0, round = 0; start < options.count; start += batch, round++) {
      const cases = fc.sample(fuzzCase, {
        numRuns: Math.min(batch, options.count - start),
        seed: (options.seed ?? 5) + round,
      });
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < cases.length; i = next++) {
          const c = cases[i] as FuzzCase;
          const signature =
            c.signing === 'signed' ? 'sign' : c.signing === 'wrong' ? 'bm90IHRoZSBzaWduYXR1cmU=' : null;
          const { status, error } = await client.post(bot.webhookUrl, c.body, signature);
          // A server may close the connection after answering 413 while the client is still sending
          // the body it refused; the client then sees a reset instead of the 413.
          const seen = status === 0 && c.body.length > MAX_BODY_BYTES ? 'reset-after-413' : status;
          if (status === 0 && seen === 0) connectionErrors.push(`${error} (${c.body.length} bytes)`);
          statuses[c.signing][seen] = (statuses[c.signing][seen] ?? 0) + 1;
        }
      };
      await Promise.all(Array.from({ length: 32 }, lane));
      if (!bot.alive()) break;
      liveHeap.push(await bot.liveHeap());
    }
    return {
      statuses,
      connectionErrors,
      alive: bot.alive(),
      liveHeapMb: liveHeap.map((b) => Math.round(b / 104857.6) / 10),
      healthy: (await fetch(`${bot.url}/healthz`)).status,
    };
  } finally {
    client.close();
    await bot.stop();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
