import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../src/bot.ts';
import { buildCatalog } from '../src/content/catalog.ts';
import type { UserState } from '../src/conversation/state.ts';
import { fixtureContent } from './helpers/catalog.ts';
import { fakeClock, type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

/** Six single-answer questions in one topic; choice 0 is right in all. */
const content = {
  ...fixtureContent,
  questions: Array.from({ length: 6 }, (_, i) => ({
    ...fixtureContent.questions[0],
    id: `s-${i + 1}`,
  })) as typeof fixtureContent.questions,
};
const catalog = buildCatalog(content, 'https://mamoru.example.jp');

let postgres: Postgres;
let h: Harness;
let second: Bot;
const clock = fakeClock();

beforeAll(async () => {
  postgres = await startPostgres();
  const databaseUrl = await postgres.createDatabase();
  h = await startHarness({ clock, catalog, databaseUrl });
  second = await startBot({ ...h.env, port: 0 }, { catalog, now: clock.now, pollMs: 50 });
});
afterAll(async () => {
  await second?.stop();
  await h?.stop();
  await postgres?.stop();
});

async function settle() {
  for (let i = 0; i < 50; i++) {
    await Promise.all([h.bot.worker.drain(), second.worker.drain()]);
    const pending = await h.bot.store.db.query(
      "SELECT event_id FROM inbox WHERE status IN ('pending', 'handled', 'sending')",
    );
    if (pending.rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the inbox did not empty');
}

describe('two bot instances on one PostgreSQL', () => {
  it("count every answer once and in order, with one user's events and redeliveries spread over both", async () => {
    const u = userId();
    const urls = [`${h.bot.url}/webhook`, `${second.url}/webhook`];
    await h.act(u, { kind: 'follow' });
    await h.tap(u, { type: 'postback', label: 'x', data: 'a=topic&t=management' });
    const stored = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [u]);
    const session = (JSON.parse(String(stored.rows[0]?.state)) as UserState).session;
    if (!session) throw new Error('no session');
    expect(session.questionIds).toHaveLength(5);

    // Answer every question without waiting for the bot, alternating instances; each event is then
    // redelivered to the other instance while both workers run.
    const redeliveries: Promise<number>[] = [];
    for (const [i, questionId] of session.questionIds.entries()) {
      clock.advance(1000);
      const event = h.fake.userEvent(u, {
        kind: 'postback',
        data: `a=ans&s=${session.id}&q=${questionId}&c=0`,
      });
      expect(await h.fake.deliver([event], urls[i % 2])).toBe(200);
      redeliveries.push(
        h.fake.deliver([{ ...event, deliveryContext: { isRedelivery: true } }], urls[(i + 1) % 2]),
      );
    }
    expect(await Promise.all(redeliveries)).toEqual([200, 200, 200, 200, 200]);
    await settle();

    const answers = await h.bot.store.db.query(
      'SELECT question_id, correct FROM answers WHERE user_key = $1 ORDER BY answered_at',
      [u],
    );
    expect(answers.rows).toEqual(session.questionIds.map((id) => ({ question_id: id, correct: 1 })));
    const after = await h.bot.store.db.query('SELECT state FROM users WHERE user_key = $1', [u]);
    const state = JSON.parse(String(after.rows[0]?.state)) as UserState;
    expect(state.session?.answers.map((a) => a.questionId)).toEqual(session.questionIds);
    expect(state.scores.management).toEqual({ correct: 5, total: 5 });
    // One result per answer and one summary: nothing was handled twice.
    const results = h.fake
      .botMessages(u)
      .filter((e) => String(e.message.altText ?? '').startsWith('⭕ 正解です'));
    expect(results).toHaveLength(5);
    expect(
      h.fake.botMessages(u).filter((e) => String(e.message.altText ?? '').includes('5問中 5問 正解')),
    ).toHaveLength(1);
    expect(h.fake.rejected).toEqual([]);
  });
});
