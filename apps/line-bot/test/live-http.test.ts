import { afterEach, describe, expect, it } from 'vitest';
import { SESSIONS_PER_KEY_PER_HOUR } from '../src/live/routes.ts';
import { FAKE_BASIC_ID } from '../src/local/fake-line.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';
import { liveCatalog, presenter } from './helpers/live.ts';

const SITE = 'http://localhost:4321';
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function start(): Promise<Harness> {
  const h = await startHarness({ catalog: liveCatalog() });
  cleanups.push(() => h.stop());
  return h;
}

/** Reads Server-Sent Events from a fetch response until `enough` says stop. */
async function readEvents(response: Response, enough: (events: unknown[]) => boolean): Promise<unknown[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: unknown[] = [];
  let buffer = '';
  while (!enough(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const data = buffer
        .slice(0, end)
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .join('\n');
      if (data) events.push(JSON.parse(data));
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}

describe('live HTTP contract', () => {
  it('POST /live/sessions: 201 with code, presenterToken, joinUrl, expiresAt; 401 without a right key; 400 for an unknown deck', async () => {
    const h = await start();
    const p = presenter(h.bot.url);
    const body = JSON.stringify({ deckId: 'owner-60' });
    expect((await fetch(`${h.bot.url}/live/sessions`, { method: 'POST', body })).status).toBe(401);
    expect((await p.call('/live/sessions', 'not-a-key', { method: 'POST', body })).status).toBe(401);
    const unknown = await p.call('/live/sessions', h.liveKey, {
      method: 'POST',
      body: JSON.stringify({ deckId: 'nope' }),
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'Unknown deck "nope".' });
    expect((await p.call('/live/sessions', h.liveKey, { method: 'POST', body: '{' })).status).toBe(400);
    const created = await p.create(h.liveKey);
    expect(created.code).toMatch(/^[0-9]{4,6}$/);
    expect(created.presenterToken).not.toBe(created.code);
    expect(created.joinUrl).toBe(
      `https://line.me/R/oaMessage/${encodeURIComponent(FAKE_BASIC_ID)}/?%E5%8F%82%E5%8A%A0%20${created.code}`,
    );
    expect(decodeURIComponent(created.joinUrl.split('?')[1] ?? '')).toBe(`参加 ${created.code}`);
    expect(Date.parse(created.expiresAt) - h.clock.now().getTime()).toBe(12 * 3_600_000);
  });

  it('open closes the previous question, close and end answer the tally, tally has the contract fields', async () => {
    const h = await start();
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    expect(await p.tally(s)).toEqual({
      participants: 0,
      questionId: null,
      counts: [],
      answered: 0,
      open: false,
      status: 'active',
    });
    await p.open(s, 'm-1');
    const u = userId();
    const card = await h.say(u, `参加 ${s.code}`);
    await h.tap(u, h.button(card, 'ア 右'));
    await p.open(s, 'm-2');
    // m-1 is closed now: a tap on its button counts nothing.
    expect(await h.tap(u, h.button(card, 'イ 左'))).toHaveLength(1);
    expect(await p.tally(s)).toEqual({
      participants: 1,
      questionId: 'm-2',
      counts: [0, 0, 0],
      answered: 0,
      open: true,
      status: 'active',
    });
    expect(await p.post(s, 'close')).toMatchObject({ questionId: 'm-2', open: false });
    const bad = await p.call(`/live/sessions/${s.code}/open`, s.presenterToken, {
      method: 'POST',
      body: JSON.stringify({ questionId: 'zz-9' }),
    });
    expect(bad.status).toBe(400);
    expect(await p.post(s, 'end')).toMatchObject({ status: 'ended', open: false });
    const results = await (await p.call(`/live/sessions/${s.code}/results`, s.presenterToken)).json();
    expect(results).toMatchObject({
      participants: 1,
      questions: [
        { questionId: 'm-1', counts: [1, 0, 0], answered: 1, correctRate: 1 },
        { questionId: 'm-2', counts: [0, 0, 0], answered: 0, correctRate: null },
      ],
    });
  });

  it('GET stream sends the tally as Server-Sent Events on every change', async () => {
    const h = await start();
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    await p.open(s, 'm-1');
    const response = await p.call(`/live/sessions/${s.code}/stream`, s.presenterToken);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const u = userId();
    const reading = readEvents(response, (events) =>
      events.some((e) => (e as { answered: number }).answered === 1),
    );
    const card = await h.say(u, `参加 ${s.code}`);
    await h.tap(u, h.button(card, 'ウ 上'));
    const events = (await reading) as { counts: number[]; participants: number }[];
    expect(events[0]).toMatchObject({ questionId: 'm-1', counts: [0, 0, 0] });
    expect(events.at(-1)).toMatchObject({ participants: 1, counts: [0, 0, 1], answered: 1 });
  });

  it('CORS allows only SITE_URL origin; creating sessions is rate-limited per key', async () => {
    const h = await start();
    const preflight = (origin: string) =>
      fetch(`${h.bot.url}/live/sessions`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const ok = await preflight(SITE);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    const tally = await fetch(`${h.bot.url}/live/sessions/${s.code}/tally`, {
      headers: { origin: SITE, authorization: `Bearer ${s.presenterToken}` },
    });
    expect(tally.headers.get('access-control-allow-origin')).toBe(SITE);
    for (let i = 1; i < SESSIONS_PER_KEY_PER_HOUR; i++) await p.create(h.liveKey);
    const limited = await p.call('/live/sessions', h.liveKey, {
      method: 'POST',
      body: JSON.stringify({ deckId: 'owner-60' }),
    });
    expect(limited.status).toBe(429);
    h.clock.advance(3_600_001);
    expect((await p.create(h.liveKey)).code).toMatch(/^[0-9]{4,6}$/);
  });

  it('the web page /live/{code} works without JavaScript: one answer per browser per question, same tallies', async () => {
    const h = await start();
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    const waiting = await fetch(`${h.bot.url}/live/${s.code}`);
    expect(await waiting.text()).toContain('いまは受け付けている問題がありません');
    const cookie = (waiting.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^mamoru_live=/);
    await p.open(s, 'm-1');
    const form = await (await fetch(`${h.bot.url}/live/${s.code}`, { headers: { cookie } })).text();
    expect(form).toContain('<form method="post"');
    expect(form).toContain('m-1 の問題です。');
    const answer = (choice: number, withCookie = cookie) =>
      fetch(`${h.bot.url}/live/${s.code}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: withCookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: `q=m-1&choice=${choice}`,
      });
    const first = await answer(1);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/live/${s.code}?ok=1`);
    await answer(1);
    await answer(2); // changed: only the last one counts
    await answer(0, 'mamoru_live=another-browser-0000000');
    expect(await p.tally(s)).toMatchObject({ participants: 2, counts: [1, 0, 1], answered: 2 });
    await p.post(s, 'close');
    expect((await answer(0)).headers.get('location')).toBe(`/live/${s.code}?closed=1`);
    expect(await p.tally(s)).toMatchObject({ counts: [1, 0, 1] });
    expect((await fetch(`${h.bot.url}/live/000000`)).status).toBe(404);
  });

  it('pushing an opened question is optional and checked against the month quota first', async () => {
    const h = await start();
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    const users = [userId(), userId(), userId()];
    for (const u of users) await h.say(u, `参加 ${s.code}`);
    const open = (questionId: string) =>
      p.call(`/live/sessions/${s.code}/open`, s.presenterToken, {
        method: 'POST',
        body: JSON.stringify({ questionId, push: true }),
      });
    // 22 a month less the push budget's reserve of 20 leaves room for 2 pushes.
    h.fake.setQuota(22);
    const refused = await open('m-1');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ needed: 3, remaining: 2, limit: 22, used: 0 });
    expect(await p.tally(s)).toMatchObject({ questionId: null, open: false });
    h.fake.setQuota(200);
    h.clock.advance(6 * 60_000); // past the budget's 5-minute quota cache
    const pushed = await open('m-1');
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toMatchObject({ questionId: 'm-1', open: true, pushed: 3 });
    await h.fake.waitFor((entries) => entries.filter((e) => e.via === 'push').length === 3);
    for (const u of users) {
      const card = h.fake.botMessages(u).at(-1);
      expect(card?.via).toBe('push');
      expect(String(card?.message.altText)).toContain('m-1 の問題です。');
    }
    expect(h.fake.rejected).toEqual([]);
  });
});
