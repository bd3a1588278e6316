import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

// Taps that cannot go wrong (usability review 2026-12-04, findings 2.3, 2.4, 2.6, 2.7, 2.8, 2.9).
// The fixture bank: topic management asks m-1, m-2 (answer ア) and m-3 (multiple, answer ア・ウ).
let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

const storages = ['sqlite', 'postgres'] as const;

describe.each(storages)('taps on %s', (storage) => {
  const harnesses: Harness[] = [];
  async function start() {
    const databaseUrl = storage === 'postgres' ? await postgres.createDatabase() : undefined;
    const harness = await startHarness(databaseUrl ? { databaseUrl } : {});
    harnesses.push(harness);
    return harness;
  }
  afterEach(async () => {
    for (const h of harnesses.splice(0)) {
      expect(h.fake.rejected).toEqual([]);
      await h.stop().catch(() => undefined);
    }
  });

  async function answeredRows(h: Harness, u: string) {
    const rows = await h.bot.store.db.query(
      'SELECT question_id, correct, choices FROM answers WHERE user_key = $1 ORDER BY question_id',
      [u],
    );
    return rows.rows.map((r) => ({
      q: r.question_id,
      correct: Boolean(r.correct),
      choices: typeof r.choices === 'string' ? JSON.parse(r.choices) : r.choices,
    }));
  }

  /** Starts topic management and answers m-1 and m-2 right; returns the m-3 card. */
  async function toMultiple(h: Harness, u: string) {
    let messages = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    for (let i = 0; i < 2; i++) {
      messages = await h.tap(u, h.button(messages, /^ア /));
      messages = await h.tap(u, h.button(messages, '次の問題へ'));
    }
    expect(messages[0]).toMatchObject({ altText: expect.stringContaining('3 / 3') });
    return messages;
  }

  it('a double-tapped multiple answer is graded as the user chose it', async () => {
    const h = await start();
    const u = userId();
    const card = await toMultiple(h, u);
    const a = h.button(card, /^ア /);
    const afterA = await h.tap(u, a);
    expect(afterA[0]).toMatchObject({ altText: expect.stringContaining('いま選んでいるもの：ア') });
    expect(await h.tap(u, a)).toEqual([]); // the double tap: ignored, no copy of anything
    const c = h.button(afterA, /☐ ウ/);
    const afterC = await h.tap(u, c);
    expect(await h.tap(u, c)).toEqual([]);
    h.clock.advance(3_000);
    // A later tap on the same "set ウ on" button changes nothing: it sets, it does not flip.
    const again = await h.tap(u, c);
    expect(again[0]).toMatchObject({ altText: expect.stringContaining('いま選んでいるもの：ア・ウ') });
    const result = await h.tap(u, h.button(afterC, 'これで答える（ア・ウ）'));
    expect(result[0]).toMatchObject({ altText: expect.stringContaining('⭕ 正解です') });
    expect((await answeredRows(h, u)).find((r) => r.q === 'm-3')).toEqual({
      q: 'm-3',
      correct: true,
      choices: [0, 2],
    });
  });

  it('an older card’s 「これで答える」 grades the selection that card showed', async () => {
    const h = await start();
    const u = userId();
    const card = await toMultiple(h, u);
    const afterA = await h.tap(u, h.button(card, /^ア /));
    const afterC = await h.tap(u, h.button(afterA, /☐ ウ/));
    expect(afterC[0]).toMatchObject({ altText: expect.stringContaining('ア・ウ') });
    const result = await h.tap(u, h.button(afterA, 'これで答える（ア）'));
    expect(result[0]).toMatchObject({ altText: expect.stringContaining('あなたの答え：ア 右') });
    expect((await answeredRows(h, u)).find((r) => r.q === 'm-3')).toEqual({
      q: 'm-3',
      correct: false,
      choices: [0],
    });
  });

  it('an exact duplicate postback within 2 s is ignored silently; a later one is answered', async () => {
    const h = await start();
    const u = userId();
    const card = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    const a = h.button(card, /^ア /);
    expect((await h.tap(u, a))[0]).toMatchObject({ altText: expect.stringContaining('正解') });
    expect(await h.tap(u, a)).toEqual([]);
    expect(await answeredRows(h, u)).toHaveLength(1);
    h.clock.advance(2_500);
    expect((await h.tap(u, a))[0]).toMatchObject({ text: expect.stringContaining('もう答えています') });
  });

  it('a second set asks before replacing one in progress; 続きをする keeps it, 新しく始める replaces it', async () => {
    const h = await start();
    const u = userId();
    const first = await h.tap(u, { type: 'postback', label: 'x', data: 'a=track&t=staff' });
    await h.tap(u, h.button(first, /^ア /));
    const ask = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    expect(ask[0]?.text).toMatch(/^途中の『従業員コース（2\/4）』があります。やめて新しく始めますか/);
    const kept = await h.tap(u, h.button(ask, '続きをする'));
    expect(kept[0]).toMatchObject({ altText: expect.stringContaining('2 / 4') });
    await h.say(u, 'クイズ');
    const askAgain = await h.say(u, '経営者コース');
    expect(askAgain[0]?.text).toContain('途中の『従業員コース（2/4）』');
    const started = await h.say(u, '新しく始める'); // typed, as on a PC
    expect(started[0]).toMatchObject({ altText: expect.stringContaining('1 / 3') });
  });

  it('「続き」 is offered only when something can be continued', async () => {
    const h = await start();
    const u = userId();
    const card = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' });
    const answer = h.button(card, /^ア /);
    await h.tap(u, answer); // the only question: the set has ended
    h.clock.advance(3_000);
    const old = await h.tap(u, answer);
    const labels = actionsOf(old[0] as never).map((a) => a.label);
    expect(labels).not.toContain('続き');
    expect(labels).toEqual(expect.arrayContaining(['クイズ', '復習']));
    expect(old[0]?.text).not.toContain('「続き」');
  });

  it('a second 「はい、消します」 says the data is already gone, and a re-follow promises nothing', async () => {
    const h = await start();
    const u = userId();
    await h.act(u, { kind: 'follow' });
    await h.tap(
      u,
      h.button(await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' }), /^ア /),
    );
    const ask = await h.say(u, '削除');
    const yes = h.button(ask, 'はい、消します');
    expect((await h.tap(u, yes))[0]?.text).toContain('消しました');
    // The double tap: nothing is left to remember it by, so it is told plainly, and stores nothing.
    expect((await h.tap(u, yes))[0]?.text).toContain('もう消してあります');
    expect((await h.rowsAbout(u)).users).toBe(0);
    const old = await h.tap(u, { type: 'postback', label: 'x', data: 'a=next&s=gone0000' });
    expect(actionsOf(old[0] as never).map((a) => a.label)).not.toContain('続き');
    await h.act(u, { kind: 'unfollow' });
    const back = await h.act(u, { kind: 'follow', unblocked: true });
    expect(JSON.stringify(back)).not.toContain('成績と復習の予定は残っています');
  });

  it('the daily question never replaces a set in progress: it sends that set’s next question', async () => {
    const h = await start(); // 10:00 in Japan
    const u = userId();
    await h.tap(u, h.button(await h.say(u, '毎日'), '毎日1問を受け取る'));
    const first = await h.tap(u, { type: 'postback', label: 'x', data: 'a=track&t=staff' });
    await h.tap(u, h.button(first, /^ア /));
    h.clock.advance(3 * 3_600_000); // 13:00
    await h.bot.maintenance.run();
    const pushed = h.fake.botMessages(u).filter((e) => e.via === 'push');
    expect(pushed.map((p) => p.message.type)).toEqual(['text', 'flex']);
    expect(pushed[1]?.message).toMatchObject({ altText: expect.stringContaining('2 / 4') });
  });
});
