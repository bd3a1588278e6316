import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Harness, restartBot, startHarness, userId } from './helpers/harness.ts';

// Through the real SDK client against the fake LINE platform, which injects the failures.
const cleanups: (() => Promise<unknown>)[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function harness(): Promise<Harness> {
  const h = await startHarness({ lineTimeoutMs: 300 });
  cleanups.push(() => h.stop());
  return h;
}

const viaOf = (h: Harness, user: string) => h.fake.botMessages(user).map((e) => e.via);

/** Makes LINE never answer the first reply to `user`; resolves once that reply is in flight. */
function hangFirstReplyTo(h: Harness, user: string): Promise<void> {
  return new Promise((inFlight) => {
    h.fake.setFaults(({ endpoint, chatId, attempt }) => {
      if (endpoint !== 'reply' || chatId !== user || attempt !== 1) return undefined;
      inFlight();
      return { kind: 'hang' };
    });
  });
}

describe('LINE API failures', () => {
  it('a reply that never returns for one user does not hold up another user', async () => {
    const h = await harness();
    const [a, b] = [userId(), userId()];
    const aIsInFlight = hangFirstReplyTo(h, a);
    await h.fake.userDoes(a, { kind: 'text', text: 'ヘルプ' });
    await aIsInFlight;
    await h.fake.userDoes(b, { kind: 'text', text: 'ヘルプ' });
    await h.fake.waitFor(() => h.fake.botMessages(b).length === 1);
    expect(viaOf(h, b)).toEqual(['reply']);
    expect(h.fake.botMessages(a)).toHaveLength(0);

    // A's call times out; it may have reached LINE, so the retry goes by push (never a second reply).
    await h.bot.worker.drain();
    expect(h.fake.botMessages(a)).toHaveLength(0);
    h.clock.advance(2_000);
    await h.bot.worker.drain();
    expect(viaOf(h, a)).toEqual(['push']);
    expect(viaOf(h, b)).toEqual(['reply']);
  });

  it('sends for at most 50 users at once; the others go next as slots free, without waiting for the poll', async () => {
    const h = await startHarness(); // LINE's calls time out after 10 s here, not 300 ms
    cleanups.push(() => h.stop());
    const users = Array.from({ length: 60 }, () => userId());
    let letGo = () => {};
    const released = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    let held = 0;
    h.fake.setFaults(({ endpoint, attempt }) => {
      if (endpoint !== 'reply' || attempt !== 1) return undefined;
      held++;
      return { kind: 'hold', until: released };
    });
    for (const user of users) await h.fake.userDoes(user, { kind: 'text', text: 'ヘルプ' });
    // Held calls add nothing to the transcript: poll the count.
    await vi.waitFor(() => expect(held).toBe(50), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held).toBe(50);
    // LINE answers the fifty; the ten waiting users are sent for next, long before the minute poll.
    letGo();
    await h.fake.waitFor(() => users.every((user) => h.fake.botMessages(user).length === 1));
    expect(held).toBe(60);
    for (const user of users) expect(viaOf(h, user)).toEqual(['reply']);
  });

  it('a 500 is retried with backoff, as a reply while the token is fresh', async () => {
    const h = await harness();
    const a = userId();
    h.fake.setFaults(({ endpoint, chatId, attempt }) =>
      endpoint === 'reply' && chatId === a && attempt === 1 ? { kind: 'status', status: 500 } : undefined,
    );
    expect(await h.say(a, 'ヘルプ')).toHaveLength(0);
    const row = await h.bot.store.db.query(
      'SELECT status, send_attempts, next_attempt_at FROM inbox WHERE user_key = $1',
      [a],
    );
    expect(row.rows[0]).toMatchObject({ status: 'handled', send_attempts: 1 });
    h.clock.advance(2_000);
    await h.bot.worker.drain();
    expect(viaOf(h, a)).toEqual(['reply']);
  });

  it('a 429 waits as long as Retry-After says, then replies', async () => {
    const h = await harness();
    const a = userId();
    h.fake.setFaults(({ endpoint, chatId, attempt }) =>
      endpoint === 'reply' && chatId === a && attempt === 1
        ? { kind: 'status', status: 429, retryAfterSeconds: 20 }
        : undefined,
    );
    await h.say(a, 'ヘルプ');
    h.clock.advance(10_000); // past any backoff, before Retry-After
    await h.bot.worker.drain();
    expect(h.fake.botMessages(a)).toHaveLength(0);
    h.clock.advance(11_000);
    await h.bot.worker.drain();
    expect(viaOf(h, a)).toEqual(['reply']);
  });

  it('a user whose send waits for a retry gets later replies only after it, in order', async () => {
    const h = await harness();
    const a = userId();
    h.fake.setFaults(({ endpoint, chatId, attempt }) =>
      endpoint === 'reply' && chatId === a && attempt === 1 ? { kind: 'status', status: 503 } : undefined,
    );
    await h.say(a, 'ヘルプ');
    await h.say(a, 'クイズ');
    expect(h.fake.botMessages(a)).toHaveLength(0);
    h.clock.advance(2_000);
    await h.bot.worker.drain();
    const texts = h.fake.botMessages(a).map((e) => JSON.stringify(e.message));
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(viaOf(h, a).every((via) => via === 'reply')).toBe(true);
    // The help text (the first event's reply) comes first.
    const help = JSON.stringify((await h.say(userId(), 'ヘルプ'))[0]);
    expect(texts[0]).toBe(help);
  });

  it('a restart keeps the retry schedule and the spent reply token', async () => {
    const h = await harness();
    const a = userId();
    const aIsInFlight = hangFirstReplyTo(h, a);
    await h.fake.userDoes(a, { kind: 'text', text: 'ヘルプ' });
    await aIsInFlight;
    await h.bot.worker.drain(); // the reply times out; a retry is scheduled
    const bot = await restartBot(h);
    cleanups.push(() => bot.stop());
    await bot.worker.drain();
    expect(h.fake.botMessages(a)).toHaveLength(0); // the backoff is still running
    h.clock.advance(2_000);
    await bot.worker.drain();
    // The token is still fresh, but the first reply may have reached LINE: push, not a second reply.
    expect(viaOf(h, a)).toEqual(['push']);
  });

  it('left no unhandled rejection behind', () => {
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
