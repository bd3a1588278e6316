import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../src/bot.ts';
import { type Harness, startHarness, userId } from './helpers/harness.ts';
import { liveCatalog, presenter } from './helpers/live.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

type Message = Record<string, unknown> & { type: string };
const textOf = (messages: Message[]) => messages.map((m) => String(m.text ?? m.altText ?? '')).join('\n');
const DAY = 86_400_000;

let postgres: Postgres | undefined;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

describe.each(['sqlite', 'postgres'] as const)('live seminar in LINE (%s)', (storage) => {
  async function start(): Promise<Harness> {
    const databaseUrl = storage === 'postgres' ? await (postgres as Postgres).createDatabase() : undefined;
    const h = await startHarness({ catalog: liveCatalog(), ...(databaseUrl ? { databaseUrl } : {}) });
    cleanups.push(() => h.stop());
    return h;
  }

  async function room(h: Harness) {
    const p = presenter(h.bot.url);
    const s = await p.create(h.liveKey);
    return { p, s };
  }

  it('join, answer, change, double tap, redelivery and a closed question count as they should', async () => {
    const h = await start();
    const { p, s } = await room(h);
    const a = userId();
    const b = userId();
    // Not a friend (no follow event): joining still works.
    const joined = await h.say(a, `参加 ${s.code}`);
    expect(textOf(joined)).toContain('セミナーに参加しました');
    expect(textOf(joined)).toContain('復習に入れない');
    expect(h.button(joined, '次の問題').type).toBe('postback');
    await h.say(b, `参加　${s.code}`); // full-width space, as some keyboards type it
    await p.open(s, 'm-1');
    const card = await h.say(a, '次の問題');
    const right = h.button(card, 'ア 右');
    const wrong = h.button(card, 'イ 左');
    expect(textOf(await h.tap(a, wrong))).toContain('答えを受け付けました');
    expect(textOf(await h.tap(a, right))).toContain('選び直しました');
    expect(textOf(await h.tap(a, right))).toContain('もう受け付けています');
    const { event } = await h.fake.userDoes(b, {
      kind: 'postback',
      data: String(wrong.data),
      displayText: 'イ 左',
    });
    await h.bot.worker.drain();
    expect(await h.fake.deliver([{ ...event, deliveryContext: { isRedelivery: true } }])).toBe(200);
    await h.bot.worker.drain();
    expect(await p.tally(s)).toMatchObject({
      participants: 2,
      questionId: 'm-1',
      counts: [1, 1, 0],
      answered: 2,
      open: true,
    });
    await p.post(s, 'close');
    const late = await h.tap(b, right);
    expect(textOf(late)).toContain('締め切られました');
    expect(textOf(late)).toContain('不正解');
    expect(await p.tally(s)).toMatchObject({ counts: [1, 1, 0], answered: 2, open: false });
    expect(h.fake.rejected).toEqual([]);
  });

  it('a wrong or expired code gets a clear answer; a wrong presenter token gets 401', async () => {
    const h = await start();
    const { p, s } = await room(h);
    const other = s.code === '0000' ? '1111' : '0000';
    expect(textOf(await h.say(userId(), `参加 ${other}`))).toContain(
      `参加コード ${other} のセミナーは見つかりませんでした`,
    );
    for (const [path, method] of [
      ['open', 'POST'],
      ['close', 'POST'],
      ['end', 'POST'],
      ['tally', 'GET'],
      ['stream', 'GET'],
    ] as const) {
      for (const token of ['wrong-token', s.code]) {
        const response = await p.call(`/live/sessions/${s.code}/${path}`, token, {
          method,
          ...(method === 'POST' ? { body: JSON.stringify({ questionId: 'm-1' }) } : {}),
        });
        expect(response.status, `${path} with ${token}`).toBe(401);
      }
    }
    h.clock.advance(12 * 3_600_000 + 1);
    expect(textOf(await h.say(userId(), `参加 ${s.code}`))).toContain('見つかりませんでした');
    expect((await p.call(`/live/sessions/${s.code}/tally`, s.presenterToken)).status).toBe(401);
  });

  it('works in a group chat: each member answers for themselves, replies go to the group', async () => {
    const h = await start();
    const { p, s } = await room(h);
    const group = `C${'1'.repeat(32)}`;
    const [a, b] = [userId(), userId()];
    await p.open(s, 'm-2');
    const joined = await h.say(a, `参加 ${s.code}`, group);
    await h.say(b, `参加 ${s.code}`, group);
    await h.tap(a, h.button(joined, 'ア 右'), group);
    await h.tap(b, h.button(joined, 'ウ 上'), group);
    expect(await p.tally(s)).toMatchObject({ participants: 2, counts: [1, 0, 1], answered: 2 });
    expect(h.fake.botMessages(group).length).toBeGreaterThanOrEqual(6);
    expect(h.fake.rejected).toEqual([]);
  });

  it('a restart in mid-question keeps the counts, and answers go on counting', async () => {
    const h = await start();
    const { p, s } = await room(h);
    await p.open(s, 'm-1');
    const users = [userId(), userId(), userId()];
    for (const [i, u] of users.entries()) {
      const card = await h.say(u, `参加 ${s.code}`);
      await h.tap(u, h.button(card, i === 0 ? 'ア 右' : 'イ 左'));
    }
    const before = await p.tally(s);
    await h.bot.stop();
    const bot = await startBot(
      { ...h.env, port: 0 },
      { catalog: liveCatalog(), now: h.clock.now, pollMs: 60_000 },
    );
    cleanups.push(() => bot.stop());
    h.fake.setWebhookUrl(`${bot.url}/webhook`);
    const after = presenter(bot.url);
    expect(await after.tally(s)).toEqual(before);
    const late = userId();
    await h.fake.userDoes(late, { kind: 'text', text: `参加 ${s.code}` });
    await bot.worker.drain();
    const card = h.fake.botMessages(late).map((e) => e.message as Message);
    await h.fake.userDoes(late, { kind: 'postback', data: String(h.button(card, 'ウ 上').data) });
    await bot.worker.drain();
    expect(await after.tally(s)).toMatchObject({ participants: 4, counts: [1, 2, 1], answered: 4 });
  });

  it('「結果」 gives the score with lessons; a missed question comes back in review; the quiz button serves the open question', async () => {
    const h = await start();
    const { p, s } = await room(h);
    const u = userId();
    await h.say(u, `参加 ${s.code}`);
    await p.open(s, 'b-1');
    const served = await h.tap(u, {
      type: 'postback',
      label: 'クイズ',
      data: 'a=cmd&c=quiz',
      displayText: 'クイズ',
    });
    expect(textOf(served)).toContain('b-1 の問題です。');
    await h.tap(u, h.button(served, 'イ 左'));
    await p.open(s, 'm-1');
    const next = await h.say(u, '次の問題');
    expect(textOf(next)).toContain('前の問題: ❌');
    await h.tap(u, h.button(next, 'ア 右'));
    await p.post(s, 'end');
    const result = await h.say(u, '結果');
    expect(textOf(result)).toContain('2問中 1問 正解');
    expect(textOf(result)).toContain('https://mamoru.example.jp/lessons/basic-measures/passwords/');
    h.clock.advance(2 * DAY);
    const review = await h.say(u, '復習');
    expect(textOf(review)).toContain('b-1 の問題です。');
    expect(h.fake.rejected).toEqual([]);
  });

  it('データ削除 deletes the live rows too, and the tally leaves them out', async () => {
    const h = await start();
    const { p, s } = await room(h);
    const u = userId();
    await p.open(s, 'm-1');
    const card = await h.say(u, `参加 ${s.code}`);
    await h.tap(u, h.button(card, 'ア 右'));
    expect(await p.tally(s)).toMatchObject({ participants: 1, answered: 1 });
    const ask = await h.say(u, 'データ削除');
    await h.tap(u, h.button(ask, 'はい、消します'));
    expect(await p.tally(s)).toMatchObject({ participants: 0, answered: 0, counts: [0, 0, 0] });
    for (const table of ['live_participants', 'live_answers'])
      expect((await h.bot.store.db.query(`SELECT 1 FROM ${table} WHERE user_key = $1`, [u])).rows).toEqual(
        [],
      );
  });
});
