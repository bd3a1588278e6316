import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent, eventId } from '../src/local/events.ts';
import { sign } from '../src/local/signed-post.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

async function post(body: string | Buffer, headers: Record<string, string>) {
  const response = await fetch(`${h.bot.url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return response.status;
}

async function inboxSize(): Promise<number> {
  return (await h.bot.store.db.query('SELECT event_id FROM inbox')).rows.length;
}

const secret = () => h.env.channelSecret;
const oneEvent = () =>
  JSON.stringify({
    destination: 'Ubot',
    events: [
      buildEvent(
        { kind: 'text', text: 'ヘルプ' },
        { userId: userId(), timestamp: Date.now(), replyToken: 'r' },
      ),
    ],
  });

describe('POST /webhook', () => {
  it.each([
    ['no signature', 401, () => ({ body: oneEvent(), headers: {} })],
    [
      'a wrong signature',
      401,
      () => ({ body: oneEvent(), headers: { 'x-line-signature': sign('other', secret()) } }),
    ],
    [
      'a signature made with another secret',
      401,
      () => {
        const body = oneEvent();
        return { body, headers: { 'x-line-signature': sign(body, 'not-the-secret') } };
      },
    ],
    [
      'a body over 1 MB (even when signed)',
      413,
      () => {
        const body = JSON.stringify({ events: [], padding: 'x'.repeat(1024 * 1024) });
        return { body, headers: { 'x-line-signature': sign(body, secret()) } };
      },
    ],
    [
      'malformed JSON with a valid signature',
      400,
      () => {
        const body = '{"events": [';
        return { body, headers: { 'x-line-signature': sign(body, secret()) } };
      },
    ],
    [
      'JSON of the wrong shape with a valid signature',
      400,
      () => {
        const body = JSON.stringify({ events: [{ type: 'message' }] });
        return { body, headers: { 'x-line-signature': sign(body, secret()) } };
      },
    ],
  ])('%s -> %s, and nothing is stored or sent', async (_name, status, make) => {
    const before = { inbox: await inboxSize(), sent: h.fake.transcript.length };
    const { body, headers } = make();
    expect(await post(body, headers)).toBe(status);
    await h.bot.worker.drain();
    expect({ inbox: await inboxSize(), sent: h.fake.transcript.length }).toEqual(before);
  });

  it("answers the console's Verify (no events) with 200", async () => {
    const body = JSON.stringify({ destination: 'Ubot', events: [] });
    expect(await post(body, { 'x-line-signature': sign(body, secret()) })).toBe(200);
  });

  it('verifies over the raw bytes: escaped emoji as LINE sends them pass', async () => {
    const u = userId();
    const event = buildEvent(
      { kind: 'text', text: 'ヘルプ' },
      { userId: u, timestamp: Date.now(), replyToken: 'r' },
    );
    // LINE escapes non-ASCII as \uXXXX; re-serialised JSON would differ, so only raw-body checking passes.
    const body = JSON.stringify({ destination: 'Ubot', events: [event] }).replace(
      'ヘルプ',
      '\\u30d8\\u30eb\\u30d7\\uD83E\\uDD28',
    );
    expect(await post(body, { 'x-line-signature': sign(body, secret()) })).toBe(200);
    const stored = await h.bot.store.db.query('SELECT event_id FROM inbox WHERE user_key = $1', [u]);
    expect(stored.rows).toHaveLength(1);
  });

  it('stores the events before answering 200 (the inbox holds them even if the worker never runs)', async () => {
    const u = userId();
    await h.bot.worker.stop(); // no worker from here on: only the request path runs
    const body = JSON.stringify({
      destination: 'Ubot',
      events: [buildEvent({ kind: 'follow' }, { userId: u, timestamp: Date.now(), replyToken: 'r' })],
    });
    expect(await post(body, { 'x-line-signature': sign(body, secret()) })).toBe(200);
    const stored = await h.bot.store.db.query('SELECT status FROM inbox WHERE user_key = $1', [u]);
    expect(stored.rows).toEqual([{ status: 'pending' }]);
  });
});

describe('simulated webhook event ids', () => {
  it('are ULIDs, as LINE sends them: 26 base32 characters that sort by time', () => {
    const earlier = eventId(Date.parse('2026-04-01T03:00:00Z'));
    const later = eventId(Date.parse('2026-04-01T03:00:00.001Z'));
    expect(earlier).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(earlier < later).toBe(true);
    expect(eventId(0).slice(0, 10)).toBe('0000000000');
    expect(eventId(2 ** 48 - 1).slice(0, 10)).toBe('7ZZZZZZZZZ');
    expect(new Set(Array.from({ length: 100 }, () => eventId(0))).size).toBe(100);
  });
});

describe('GET /healthz', () => {
  it('answers 200 when the database answers', async () => {
    const response = await fetch(`${h.bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
