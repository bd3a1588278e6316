import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../src/bot.ts';
import { type Harness, startHarness } from './helpers/harness.ts';
import { liveCatalog, presenter } from './helpers/live.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

let postgres: Postgres;
let h: Harness;
let second: Bot;

beforeAll(async () => {
  postgres = await startPostgres();
  const databaseUrl = await postgres.createDatabase();
  h = await startHarness({ catalog: liveCatalog(), databaseUrl });
  second = await startBot({ ...h.env, port: 0 }, { catalog: liveCatalog(), now: h.clock.now, pollMs: 50 });
});
afterAll(async () => {
  await second?.stop();
  await h?.stop();
  await postgres?.stop();
});

async function settle() {
  for (let i = 0; i < 200; i++) {
    await Promise.all([h.bot.worker.drain(), second.worker.drain()]);
    const pending = await h.bot.store.db.query(
      "SELECT event_id FROM inbox WHERE status IN ('pending', 'handled', 'sending')",
    );
    if (pending.rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the inbox did not empty');
}

/** Reads the stream until a tally satisfies `done`. */
async function streamUntil(
  response: Response,
  done: (tally: { answered: number; counts: number[] }) => boolean,
) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done: ended } = await reader.read();
    if (ended) throw new Error('the stream ended');
    buffer += decoder.decode(value, { stream: true });
    for (const line of buffer.split('\n').filter((l) => l.startsWith('data:'))) {
      const tally = JSON.parse(line.slice(5)) as { answered: number; counts: number[]; participants: number };
      if (done(tally)) {
        await reader.cancel();
        return tally;
      }
    }
    buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
  }
}

describe('a live seminar on two instances of one PostgreSQL', () => {
  it('counts exactly, with joins, answers, changes and redeliveries spread over both; a stream on one sees the other', async () => {
    const urls = [`${h.bot.url}/webhook`, `${second.url}/webhook`];
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    await p.open(s, 'm-1');
    // The presenter watches instance 2; every answer below goes to instance 1 first.
    const watching = await presenter(second.url).call(`/live/sessions/${s.code}/stream`, s.presenterToken);
    const users = Array.from({ length: 60 }, (_, i) => `U${String(i).padStart(8, '0')}${'c'.repeat(24)}`);
    const joins = users.map((u, i) =>
      h.fake.deliver([h.fake.userEvent(u, { kind: 'text', text: `参加 ${s.code}` })], urls[i % 2]),
    );
    expect(new Set(await Promise.all(joins))).toEqual(new Set([200]));
    await settle();
    const sessionId = String(
      (
        await h.bot.store.db.query(
          "SELECT session_id FROM live_sessions WHERE code = $1 AND status = 'active'",
          [s.code],
        )
      ).rows[0]?.session_id,
    );
    // Everyone answers 1, then changes to their final pick (i % 3); each answer is redelivered to the other instance.
    for (const round of [0, 1]) {
      // A round is stored (200) before the next is sent, as LINE sends a user's events in order;
      // the workers handle them meanwhile.
      const sends: Promise<number>[] = [];
      h.clock.advance(1000); // a user's events carry rising timestamps, as LINE sends them
      for (const [i, u] of users.entries()) {
        const choice = round === 0 ? 1 : i % 3;
        const event = h.fake.userEvent(u, {
          kind: 'postback',
          data: `lv=ans&s=${sessionId}&q=m-1&c=${choice}`,
        });
        sends.push(h.fake.deliver([event], urls[0]));
        sends.push(h.fake.deliver([{ ...event, deliveryContext: { isRedelivery: true } }], urls[1]));
      }
      expect(new Set(await Promise.all(sends))).toEqual(new Set([200]));
    }
    await settle();
    // The stream sent every change on the way; wait for the final picks to show.
    const seen = await streamUntil(watching, (t) => t.counts.join() === '20,20,20');
    expect(seen).toMatchObject({ participants: 60, counts: [20, 20, 20], answered: 60 });
    expect(await presenter(second.url).tally(s)).toMatchObject({ participants: 60, counts: [20, 20, 20] });
    expect(h.fake.rejected).toEqual([]);
  }, 60_000);
});
