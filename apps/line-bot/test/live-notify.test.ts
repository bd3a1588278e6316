import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../src/bot.ts';
import { createLiveHub } from '../src/live/hub.ts';
import { LIVE_CHANNEL } from '../src/live/postgres-relay.ts';
import { listenPostgres } from '../src/store/postgres-listener.ts';
import { type Harness, startHarness } from './helpers/harness.ts';
import { type Created, liveCatalog, presenter } from './helpers/live.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

// The stream on the second instance polls only every 60 s, longer than any test here may take:
// an answer taken by the first instance can reach it in time only through NOTIFY.
const NO_POLL = { streamPollMs: 60_000, streamKeepAliveMs: 60_000, listenRetryMs: 50 };

let postgres: Postgres;
let h: Harness;
let second: Bot;

beforeAll(async () => {
  postgres = await startPostgres();
  const databaseUrl = await postgres.createDatabase();
  h = await startHarness({ catalog: liveCatalog(), databaseUrl });
  second = await startBot(
    { ...h.env, port: 0 },
    { catalog: liveCatalog(), now: h.clock.now, pollMs: 60_000, live: NO_POLL },
  );
});
afterAll(async () => {
  await second?.stop();
  await h?.stop();
  await postgres?.stop();
});

/** A presenter stream: `next(done)` reads tallies until one satisfies `done`. */
function tallies(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(done: (t: { participants: number; answered: number; counts: number[] }) => boolean) {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) throw new Error('the stream ended');
        buffer += decoder.decode(value, { stream: true });
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        for (const data of events.flatMap((e) => e.split('\n').filter((l) => l.startsWith('data:')))) {
          const tally = JSON.parse(data.slice(5));
          if (done(tally)) return tally;
        }
      }
    },
    cancel: () => reader.cancel(),
  };
}

const listenerPids = async () =>
  (
    await h.bot.store.db.query('SELECT pid FROM pg_stat_activity WHERE query = $1 ORDER BY pid', [
      `LISTEN ${LIVE_CHANNEL}`,
    ])
  ).rows.map((r) => Number(r.pid));

async function sessionIdOf(s: Created): Promise<string> {
  const { rows } = await h.bot.store.db.query(
    "SELECT session_id FROM live_sessions WHERE code = $1 AND status = 'active'",
    [s.code],
  );
  return String(rows[0]?.session_id);
}

describe('live changes reach the other instance through LISTEN/NOTIFY', () => {
  it('a stream on instance 2 shows joins and answers taken by instance 1, and again after its listener was cut off', async () => {
    await expect.poll(() => second.liveHearing()).toBe(true);
    await expect.poll(listenerPids).toHaveLength(2); // both instances listen
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    await p.open(s, 'm-1');
    const stream = tallies(
      await presenter(second.url).call(`/live/sessions/${s.code}/stream`, s.presenterToken),
    );
    await stream.next((t) => t.participants === 0);

    const user = `U${'1'.repeat(32)}`;
    await h.act(user, { kind: 'text', text: `参加 ${s.code}` });
    expect(await stream.next((t) => t.participants === 1)).toMatchObject({ participants: 1, answered: 0 });
    const sessionId = await sessionIdOf(s);
    await h.act(user, { kind: 'postback', data: `lv=ans&s=${sessionId}&q=m-1&c=2` });
    expect(await stream.next((t) => t.answered === 1)).toMatchObject({ counts: [0, 0, 1] });

    // The server cuts both listeners off (as a restart or failover would); they connect again.
    const before = await listenerPids();
    await h.bot.store.db.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
    await expect
      .poll(async () => (await listenerPids()).filter((pid) => !before.includes(pid)))
      .toHaveLength(2);
    await expect.poll(() => second.liveHearing()).toBe(true);
    h.clock.advance(1000);
    await h.act(user, { kind: 'postback', data: `lv=ans&s=${sessionId}&q=m-1&c=0` });
    expect(await stream.next((t) => t.counts[0] === 1)).toMatchObject({ answered: 1, counts: [1, 0, 0] });

    // The presenter's own calls on instance 1 reach the stream on instance 2 too.
    await p.post(s, 'close');
    expect(await stream.next((t) => !(t as { open?: boolean }).open)).toMatchObject({ answered: 1 });
    await stream.cancel();
  });
});

describe('the listener and the hub', () => {
  it('the hub asks streams to poll until the relay hears, again while it is lost, and wakes every stream on each switch', () => {
    const hub = createLiveHub();
    const woken: string[] = [];
    hub.subscribe('a', () => woken.push('a'));
    hub.subscribe('b', () => woken.push('b'));
    expect(hub.mustPoll()).toBe(true);
    hub.setHearing(true);
    expect(hub.mustPoll()).toBe(false);
    expect(woken).toEqual(['a', 'b']);
    hub.setHearing(false);
    expect(hub.mustPoll()).toBe(true);
    expect(woken).toEqual(['a', 'b', 'a', 'b']);
    const published: string[] = [];
    hub.relayTo((id) => published.push(id));
    hub.changed('a');
    hub.heard('b'); // heard from another instance: not sent back
    expect(published).toEqual(['a']);
    expect(woken.slice(4)).toEqual(['a', 'b']);
  });

  it('a listener that cannot connect stays not listening and keeps trying', async () => {
    const errors: unknown[] = [];
    const listener = listenPostgres({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      channel: LIVE_CHANNEL,
      onNotify: () => undefined,
      onListening: () => undefined,
      onError: (error) => errors.push(error),
      retryMs: 10,
    });
    await expect.poll(() => errors.length).toBeGreaterThanOrEqual(3);
    expect(listener.listening).toBe(false);
    await listener.close();
  });

  it('refuses a channel name that is not a plain identifier', () => {
    expect(() =>
      listenPostgres({
        connectionString: postgres.url('postgres'),
        channel: 'live; DROP TABLE x',
        onNotify: () => undefined,
        onListening: () => undefined,
      }),
    ).toThrow(/not a plain SQL identifier/);
  });

  it('hears a NOTIFY sent on its channel by another connection', async () => {
    const heard: string[] = [];
    const listening: boolean[] = [];
    const listener = listenPostgres({
      connectionString: postgres.url('postgres'),
      channel: 'mamoru_test',
      onNotify: (payload) => heard.push(payload),
      onListening: (value) => listening.push(value),
    });
    await expect.poll(() => listener.listening).toBe(true);
    const client = new pg.Client({ connectionString: postgres.url('postgres') });
    await client.connect();
    await client.query("SELECT pg_notify('mamoru_test', 'hello')");
    await client.end();
    await expect.poll(() => heard).toEqual(['hello']);
    expect(listening).toEqual([true]);
    await listener.close();
  });
});
