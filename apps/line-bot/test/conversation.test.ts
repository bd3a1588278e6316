import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock, type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

const DAY = 86_400_000;
let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

type Storage = 'sqlite' | 'postgres';
const storages: Storage[] = ['sqlite', 'postgres'];

describe.each(storages)('the conversation on %s', (storage) => {
  const harnesses: Harness[] = [];
  async function start(options: Parameters<typeof startHarness>[0] = {}) {
    const databaseUrl =
      storage === 'postgres' ? (options.databaseUrl ?? (await postgres.createDatabase())) : undefined;
    const harness = await startHarness({ ...options, ...(databaseUrl ? { databaseUrl } : {}) });
    harnesses.push(harness);
    return harness;
  }
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
  });

  it('runs a whole quiz from follow to the summary', async () => {
    const h = await start();
    const u = userId();
    const welcome = await h.act(u, { kind: 'follow' });
    expect(welcome[0]).toMatchObject({ type: 'text', text: expect.stringContaining('保存するのは') });
    let messages = await h.tap(u, h.button(welcome, '経営者の役割'));
    for (let i = 0; i < 3; i++) {
      const question = messages.at(-1);
      expect(question).toMatchObject({ type: 'flex', altText: expect.stringContaining(`${i + 1} / 3`) });
      const multiple = JSON.stringify(question).includes('すべて選んで');
      if (multiple) {
        messages = await h.tap(u, h.button(messages, /^ア /));
        messages = await h.tap(u, h.button(messages, /☐ ウ/));
        messages = await h.tap(u, h.button(messages, 'これで答える（ア・ウ）'));
      } else {
        messages = await h.tap(u, h.button(messages, /^ア /));
      }
      expect(messages[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining('正解です') });
      expect(JSON.stringify(messages[0])).toContain('https://mamoru.example.jp/lessons/management/duty/');
      if (i < 2) messages = await h.tap(u, h.button(messages, '次の問題へ'));
    }
    expect(messages[1]).toMatchObject({ type: 'flex', altText: expect.stringContaining('3問中 3問 正解') });
    const answers = await h.bot.store.db.query('SELECT question_id FROM answers WHERE user_key = $1', [u]);
    expect(answers.rows.map((r) => r.question_id).sort()).toEqual(['m-1', 'm-2', 'm-3']);
    expect(h.fake.rejected).toEqual([]);
  });

  it('resumes after a restart of the bot', async () => {
    const databaseUrl = storage === 'postgres' ? await postgres.createDatabase() : undefined;
    const clock = fakeClock();
    const first = await start({ clock, ...(databaseUrl ? { databaseUrl } : {}) });
    const u = userId();
    await first.act(u, { kind: 'follow' });
    const question = await first.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    await first.tap(u, first.button(question, /^ア /));
    await first.bot.stop();
    const second = await startHarness({
      clock,
      dataDir: first.dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    harnesses.push(second);
    const resumed = await second.say(u, '続き');
    expect(resumed[0]).toMatchObject({ type: 'flex', altText: expect.stringContaining('2 / 3') });
  });

  it('brings wrong answers back when due, not before', async () => {
    const clock = fakeClock();
    const h = await start({ clock });
    const u = userId();
    await h.act(u, { kind: 'follow' });
    const question = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' });
    const result = await h.tap(u, h.button(question, /^イ /));
    expect(result[0]).toMatchObject({ altText: expect.stringContaining('不正解') });
    expect((await h.say(u, '復習'))[0]).toMatchObject({
      text: expect.stringContaining('いま復習する問題はありません'),
    });
    clock.advance(DAY);
    const due = await h.say(u, '復習');
    expect(due[0]).toMatchObject({ text: expect.stringContaining('1問') });
    expect(due[1]).toMatchObject({ type: 'flex', altText: expect.stringContaining('復習') });
  });

  it('データ削除 asks first, then removes every row of the user', async () => {
    const h = await start();
    const u = userId();
    const other = userId();
    await h.act(other, { kind: 'follow' });
    await h.act(u, { kind: 'follow' });
    const question = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    await h.tap(u, h.button(question, /^ア /));
    expect(await h.rowsAbout(u)).toMatchObject({ users: 1, answers: 1 });
    const ask = await h.say(u, 'データ削除');
    expect(await h.rowsAbout(u)).toMatchObject({ users: 1, answers: 1 });
    const done = await h.tap(u, h.button(ask, 'はい、消します'));
    expect(done[0]).toMatchObject({ text: expect.stringContaining('消しました') });
    expect(await h.rowsAbout(u)).toEqual({ users: 0, answers: 0, inbox: 0 });
    expect((await h.rowsAbout(other)).users).toBe(1);
  });

  it('counts redelivered events and double taps once, and answers stale buttons politely', async () => {
    const h = await start();
    const u = userId();
    await h.act(u, { kind: 'follow' });
    const first = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    const tapA = h.button(first, /^ア /);
    const { event } = await h.fake.userDoes(u, { kind: 'postback', data: tapA.data ?? '' });
    await h.bot.worker.drain();
    const sentBefore = h.fake.botMessages(u).length;
    const redelivered = { ...event, deliveryContext: { isRedelivery: true } };
    expect(await h.fake.deliver([redelivered])).toBe(200);
    expect(await h.fake.deliver([redelivered, redelivered])).toBe(200);
    await h.bot.worker.drain();
    expect(h.fake.botMessages(u).length).toBe(sentBefore); // skipped: not handled, not answered again
    const inbox = await h.bot.store.db.query('SELECT event_id FROM inbox WHERE event_id = $1', [
      event.webhookEventId,
    ]);
    expect(inbox.rows).toHaveLength(1);
    h.clock.advance(3_000); // a later tap, not a double tap
    const again = await h.tap(u, tapA);
    expect(again[0]).toMatchObject({ text: expect.stringContaining('もう答えています') });
    const ask = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    const fresh = await h.tap(u, h.button(ask, '新しく始める'));
    const stale = await h.tap(u, tapA);
    expect(stale[0]).toMatchObject({ text: expect.stringContaining('前のクイズ') });
    expect(fresh[0]).toMatchObject({ type: 'flex' });
    const rows = await h.bot.store.db.query('SELECT correct FROM answers WHERE user_key = $1', [u]);
    expect(rows.rows).toHaveLength(1);
    const state = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [u]);
    const scores = JSON.parse(String(state.rows[0]?.state)).scores;
    expect(scores.management.total).toBe(1);
  });

  it('falls back to push when the reply token has expired', async () => {
    const clock = fakeClock();
    const h = await start({ clock });
    const u = userId();
    await h.fake.userDoes(u, { kind: 'text', text: 'ヘルプ' });
    clock.advance(2 * 60_000); // the worker was down for two minutes
    await h.bot.worker.drain();
    const sent = h.fake.botMessages(u);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ via: 'push', message: { text: expect.stringContaining('できること') } });
  });

  it('works per user in a group, and greets on join', async () => {
    const h = await start();
    const group = `C${'b'.repeat(32)}`;
    const [alice, bob] = [userId(), userId()];
    await h.tap(alice, { type: 'postback', label: 'x', data: 'a=topic&t=management' }, group);
    await h.tap(bob, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' }, group);
    const aliceNext = await h.say(alice, '続き', group);
    expect(aliceNext[0]).toMatchObject({ altText: expect.stringContaining('経営者の役割') });
    const bobNext = await h.say(bob, '続き', group);
    expect(bobNext[0]).toMatchObject({ altText: expect.stringContaining('お金をかけない対策') });
    const join = {
      type: 'join' as const,
      replyToken: 'not-issued-by-the-platform',
      source: { type: 'group' as const, groupId: group },
      timestamp: h.clock.now().getTime(),
      mode: 'active' as const,
      webhookEventId: 'JOIN0000000000000000000001',
      deliveryContext: { isRedelivery: false },
    };
    const before = h.fake.botMessages(group).length;
    expect(await h.fake.deliver([join])).toBe(200);
    await h.bot.worker.drain();
    // LINE refused the reply token, so the greeting went out by push to the group.
    expect(h.fake.botMessages(group).slice(before)).toMatchObject([
      { via: 'push', message: { text: expect.stringContaining('グループでも') } },
    ]);
  });

  it('answers stickers, unknown text and malformed postbacks kindly, and ignores standby events', async () => {
    const h = await start();
    const u = userId();
    expect((await h.act(u, { kind: 'sticker' }))[0]).toMatchObject({
      text: expect.stringContaining('スタンプ'),
    });
    expect((await h.say(u, 'ほげほげ'))[0]).toMatchObject({
      text: expect.stringContaining('うまく受け取れませんでした'),
    });
    expect((await h.act(u, { kind: 'postback', data: 'a=ans&s=x&q=../../etc&c=99' }))[0]).toMatchObject({
      text: expect.stringContaining('使えませんでした'),
    });
    const { event } = await h.fake.userDoes(u, { kind: 'text', text: 'ヘルプ' });
    const before = h.fake.botMessages(u).length;
    await h.bot.worker.drain();
    expect(h.fake.botMessages(u).length).toBe(before + 1);
    const standby = { ...event, webhookEventId: 'STANDBY01', mode: 'standby' as const };
    expect(await h.fake.deliver([standby])).toBe(200);
    await h.bot.worker.drain();
    expect(h.fake.botMessages(u).length).toBe(before + 1);
  });

  it('deletes an unfollowed user after the retention period, and keeps progress on a re-follow before it', async () => {
    const clock = fakeClock();
    const h = await start({ clock });
    const [stays, leaves] = [userId(), userId()];
    for (const u of [stays, leaves]) {
      await h.act(u, { kind: 'follow' });
      await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
      await h.act(u, { kind: 'unfollow' });
    }
    clock.advance(10 * DAY);
    const back = await h.act(stays, { kind: 'follow', unblocked: true });
    expect(back[0]).toMatchObject({ text: expect.stringContaining('おかえりなさい') });
    clock.advance(21 * DAY);
    await h.bot.maintenance.run();
    expect((await h.rowsAbout(leaves)).users).toBe(0);
    expect((await h.rowsAbout(stays)).users).toBe(1);
  });

  it('after mistakes, the summary offers the daily question (the review reminder) until it is on', async () => {
    const clock = fakeClock();
    const h = await start({ clock });
    const u = userId();
    await h.act(u, { kind: 'follow' });
    const finishWrong = async () => {
      let messages = await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=basic-measures' });
      for (;;) {
        messages = await h.tap(u, h.button(messages, /^イ /));
        const summary = messages.find((m) => String(m.altText ?? '').startsWith('おつかれさまでした'));
        if (summary) return summary;
        messages = await h.tap(u, h.button(messages, '次の問題へ'));
      }
    };
    const first = await finishWrong();
    expect(first).toMatchObject({
      altText: expect.stringContaining('毎日お昼ごろに1問を届けることもできます'),
    });
    const dailyOn = await h.tap(u, h.button([first], '毎日1問を受け取る'));
    expect(dailyOn[0]).toMatchObject({ text: expect.stringContaining('毎日1問をお送りします') });
    const second = await finishWrong();
    expect(second.altText).not.toContain('届けることもできます');
    expect(JSON.stringify(second)).not.toContain('毎日1問を受け取る');
    expect(h.fake.rejected).toEqual([]);
  });

  it('pushes the opt-in daily question once a day, never at night, with a retry key', async () => {
    const clock = fakeClock('2026-04-01T13:00:00Z'); // 22:00 in Japan
    const h = await start({ clock });
    const [optedIn, notOptedIn] = [userId(), userId()];
    await h.act(notOptedIn, { kind: 'follow' });
    await h.act(optedIn, { kind: 'follow' });
    const menu = await h.say(optedIn, '毎日');
    await h.tap(optedIn, h.button(menu, '毎日1問を受け取る'));
    await h.bot.maintenance.run();
    expect(h.fake.botMessages(optedIn).filter((e) => e.via === 'push')).toHaveLength(0);
    clock.advance(14 * 3_600_000); // 12:00 the next day in Japan
    await h.bot.maintenance.run();
    await h.bot.maintenance.run();
    const pushes = h.fake.botMessages(optedIn).filter((e) => e.via === 'push');
    expect(pushes.map((p) => p.message.type)).toEqual(['text', 'flex']);
    expect(h.fake.botMessages(notOptedIn).filter((e) => e.via === 'push')).toHaveLength(0);
  });
});
