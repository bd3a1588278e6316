import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock, type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';
import { createTeam, joinTeam } from './helpers/teams.ts';

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

type Storage = 'sqlite' | 'postgres';
const storages: Storage[] = ['sqlite', 'postgres'];
const bodies = (messages: { type: string }[]) => JSON.stringify(messages);

describe.each(storages)('今月のテーマ on %s', (storage) => {
  const harnesses: Harness[] = [];
  async function start() {
    const databaseUrl = storage === 'postgres' ? await postgres.createDatabase() : undefined;
    // 2026-12-31 23:30 Japan time: the month turns while the test runs.
    const harness = await startHarness({
      clock: fakeClock('2026-12-31T14:30:00Z'),
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    harnesses.push(harness);
    return harness;
  }
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
  });

  /** Answers the current set of three management questions right, from its first question. */
  async function answerManagementSet(h: Harness, user: string, first: Awaited<ReturnType<Harness['say']>>) {
    let messages = first;
    for (let i = 0; i < 3; i++) {
      if (JSON.stringify(messages.at(-1)).includes('すべて選んで')) {
        messages = await h.tap(user, h.button(messages, /^ア /));
        messages = await h.tap(user, h.button(messages, /☐ ウ/));
        messages = await h.tap(user, h.button(messages, 'これで答える（ア・ウ）'));
      } else messages = await h.tap(user, h.button(messages, /^ア /));
      expect(messages[0]).toMatchObject({ altText: expect.stringContaining('正解です') });
      if (i < 2) messages = await h.tap(user, h.button(messages, '次の問題へ'));
    }
  }

  it('the owner sets the theme; members get it first on クイズ and 続き; the view counts completions', async () => {
    const h = await start();
    const owner = userId();
    const code = await createTeam(h, owner);
    const [staff1, staff2] = [userId(), userId()];
    await joinTeam(h, staff1, code, '社員1');
    await joinTeam(h, staff2, code, '社員2');

    expect(bodies(await h.say(staff1, '今月のテーマ'))).toContain('12月のテーマは、まだ決まっていません');
    expect(bodies(await h.say(owner, 'チームの様子'))).toContain('12月のテーマは、まだ決めていません');
    // Only the owner sets it.
    expect(bodies(await h.say(staff1, '今月のテーマ 経営者の役割'))).toContain('チームを管理する人');
    const chooser = await h.say(owner, '今月のテーマ');
    expect(chooser[0]).toMatchObject({
      type: 'flex',
      altText: expect.stringContaining('12月のテーマを選んで'),
    });
    const pick = h.button(chooser, '経営者の役割');
    expect(pick).toMatchObject({ type: 'message', text: '今月のテーマ 経営者の役割' });
    expect(bodies(await h.say(owner, '今月のテーマ 存在しない'))).toContain('見つかりませんでした');
    const set = await h.say(owner, '今月のテーマ 経営者の役割');
    expect(bodies(set)).toContain('12月のテーマを「経営者の役割」にしました（全3問）');

    // クイズ serves the theme (easy first) with its lesson link; the exam-only question is not part of it.
    const served = await h.say(staff1, 'クイズ');
    expect(served).toHaveLength(2);
    expect(served[0]).toMatchObject({
      type: 'flex',
      altText: expect.stringContaining('12月のテーマ「経営者の役割」'),
    });
    expect(bodies(served)).toContain('https://mamoru.example.jp/lessons/management/duty/');
    expect(served[1]).toMatchObject({ altText: expect.stringContaining('1 / 3') });
    expect(bodies(served)).toContain('m-1 の問題です');
    await answerManagementSet(h, staff1, served);
    // Done: 「クイズ」 is the usual menu again, and 今月のテーマ says so.
    expect(bodies(await h.say(staff1, 'クイズ'))).not.toContain('12月のテーマ');
    expect(bodies(await h.say(staff1, '今月のテーマ'))).toContain('もう全部に答えました');

    // The rich menu's 続き (a postback) also serves the theme when nothing is under way.
    const resumed = await h.act(staff2, { kind: 'postback', data: 'a=cmd&c=resume' });
    expect(resumed[0]).toMatchObject({ altText: expect.stringContaining('12月のテーマ「経営者の役割」') });
    await h.tap(staff2, h.button(resumed, /^イ /)); // one wrong answer: not completed yet
    expect(bodies(await h.say(staff2, '今月のテーマ'))).toContain('3問のうち 1問に答えました');

    const view = bodies(await h.say(owner, 'チームの様子'));
    expect(view).toContain('12月のテーマ: 経営者の役割');
    expect(view).toContain('全部の問題に答えた人: 1 / 2人');
    expect(view).toContain('社員1（テーマ済）');
    expect(view).not.toContain('社員2（テーマ済）');

    // A new month (Japan time) has no theme yet: the December one does not carry over.
    h.clock.advance(60 * 60_000);
    expect(bodies(await h.say(staff2, 'クイズ'))).not.toContain('テーマ「経営者の役割」');
    expect(bodies(await h.say(owner, 'チームの様子'))).toContain('1月のテーマは、まだ決めていません');

    // Data deletion by the owner removes the team's themes with the team.
    const themes = async () => (await h.bot.store.db.query('SELECT team_id FROM team_themes')).rows.length;
    expect(await themes()).toBe(1);
    await h.say(owner, 'データ削除');
    await h.say(owner, 'はい、消します');
    expect(await themes()).toBe(0);
    expect(h.fake.rejected).toEqual([]);
  });

  it('the view says when the push budget paused members’ daily question this month', async () => {
    const h = await start();
    const owner = userId();
    const code = await createTeam(h, owner);
    const staff = userId();
    await joinTeam(h, staff, code, '社員1');
    await h.say(staff, '毎日1問を受け取る');
    expect(bodies(await h.say(owner, 'チームの様子'))).not.toContain('お休みしています');
    // What the maintenance job writes when the budget leaves a user out (push-budget tests cover that).
    await h.bot.store.withUser(staff, async (tx) => {
      const state = await tx.loadUser();
      if (state) await tx.saveUser({ ...state, dailyPausedMonth: '2026-12' });
    });
    expect(bodies(await h.say(owner, 'チームの様子'))).toContain('1人の「毎日1問」をお休みしています');
  });
});
