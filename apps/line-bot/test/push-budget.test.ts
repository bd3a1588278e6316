import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { quotaReport } from '../src/cli/quota.ts';
import { dailyAllowance, fairPick } from '../src/push-budget/daily-plan.ts';
import { daysLeftInMonth, japanMonth } from '../src/push-budget/month.ts';
import { type Clock, fakeClock, type Harness, startHarness, userId } from './helpers/harness.ts';
import { type Postgres, startPostgres } from './helpers/postgres.ts';

const DAY = 86_400_000;

describe('the month in Japan', () => {
  it('changes at midnight Japan time, and counts today among the days left', () => {
    expect(japanMonth(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11');
    expect(japanMonth(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12');
    expect(daysLeftInMonth(new Date('2026-11-30T15:00:00Z'))).toBe(31);
    expect(daysLeftInMonth(new Date('2026-12-31T03:00:00Z'))).toBe(1);
  });
});

describe('daily allowance', () => {
  const lastDay = new Date('2026-04-30T03:00:00Z');
  it('spreads what is left after the reserve over the days left', () => {
    expect(dailyAllowance({ limit: 200, used: 0 }, 20, new Date('2026-04-01T03:00:00Z'))).toBe(6);
    expect(dailyAllowance({ limit: 200, used: 150 }, 20, lastDay)).toBe(30);
    expect(dailyAllowance({ limit: 200, used: 185 }, 20, lastDay)).toBe(0);
    expect(dailyAllowance({ limit: null, used: 5000 }, 20, lastDay)).toBe(Number.POSITIVE_INFINITY);
  });

  it('picks users in an order that changes every day, not first come first served', () => {
    const users = Array.from({ length: 10 }, (_, i) => `U${i}`);
    const picked = ['2026-04-01', '2026-04-02', '2026-04-03'].map((day) => fairPick(users, 3, day));
    for (const day of picked) expect(day).toHaveLength(3);
    expect(new Set(picked.map((day) => day.join())).size).toBeGreaterThan(1);
    expect(fairPick(users, 3, '2026-04-01')).toEqual(picked[0]);
    // Over a month every user gets the question on some days.
    const counts = new Map(users.map((u) => [u, 0]));
    for (let d = 1; d <= 30; d++)
      for (const u of fairPick(users, 3, `2026-04-${String(d).padStart(2, '0')}`))
        counts.set(u, (counts.get(u) ?? 0) + 1);
    expect(Math.min(...counts.values())).toBeGreaterThan(0);
  });
});

let postgres: Postgres;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

describe.each(['sqlite', 'postgres'] as const)('the push budget in the running bot on %s', (storage) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });
  const startHarnessOn = async (clock: Clock) =>
    startHarness({
      clock,
      ...(storage === 'postgres' ? { databaseUrl: await postgres.createDatabase() } : {}),
    });

  async function optIn(harness: Harness, user: string) {
    await harness.act(user, { kind: 'follow' });
    const menu = await harness.say(user, '毎日');
    await harness.tap(user, harness.button(menu, '毎日1問を受け取る'));
  }
  const pushedTo = (harness: Harness, user: string) =>
    harness.fake.botMessages(user).filter((entry) => entry.via === 'push').length;

  it('pauses daily questions where the month would run out, says so once, and resumes next month', async () => {
    const clock = fakeClock('2026-04-30T03:00:00Z'); // 12:00 on the last day of April, in Japan
    h = await startHarnessOn(clock);
    const users = [userId(), userId(), userId()];
    for (const user of users) await optIn(h, user);
    // 113 a month, 91 used already, 20 kept in reserve: room for 2 daily questions today.
    h.fake.setQuota(113, 91);
    await h.bot.maintenance.run();
    const reached = users.filter((user) => pushedTo(h as Harness, user) > 0);
    expect(reached).toHaveLength(2);
    expect(h.fake.quotaUsed()).toBe(93);
    const [paused] = users.filter((user) => !reached.includes(user));
    const notice = /お休みしています/;
    const first = await h.say(paused as string, 'ヘルプ');
    expect(first.some((m) => notice.test(String(m.text)))).toBe(true);
    const second = await h.say(paused as string, 'ヘルプ');
    expect(second.some((m) => notice.test(String(m.text)))).toBe(false);

    clock.advance(DAY); // 12:00 on 1 May: a new month, a fresh quota
    await h.bot.maintenance.run();
    for (const user of users) expect(pushedTo(h, user)).toBeGreaterThan(reached.includes(user) ? 1 : 0);
    expect(h.fake.quotaUsed()).toBe(3);
  });

  it('does not retry a push refused for the monthly limit, and sends no more pushes that month', async () => {
    const clock = fakeClock('2026-04-10T03:00:00Z');
    h = await startHarnessOn(clock);
    const user = userId();
    await h.act(user, { kind: 'follow' });
    h.fake.setFaults(({ endpoint }) =>
      endpoint === 'push'
        ? { kind: 'status', status: 429, message: 'You have reached your monthly limit.' }
        : undefined,
    );
    // The reply token expires before the bot answers: the reply falls back to a push.
    await h.fake.userDoes(user, { kind: 'text', text: 'ヘルプ' });
    clock.advance(61_000);
    await h.bot.worker.drain();
    expect(h.fake.pushCalls()).toBe(1);
    clock.advance(10 * 60_000);
    await h.bot.worker.drain();
    expect(h.fake.pushCalls()).toBe(1);
    // Later that month a fallback is refused by the budget without calling LINE at all.
    await h.fake.userDoes(user, { kind: 'text', text: '成績' });
    clock.advance(61_000);
    await h.bot.worker.drain();
    expect(h.fake.pushCalls()).toBe(1);
  });

  it('keeps retrying a rate-limit 429, which is not the monthly limit', async () => {
    const clock = fakeClock('2026-04-10T03:00:00Z');
    h = await startHarnessOn(clock);
    const user = userId();
    await h.act(user, { kind: 'follow' });
    h.fake.setFaults(({ endpoint, attempt }) =>
      endpoint === 'push' && attempt === 1
        ? { kind: 'status', status: 429, retryAfterSeconds: 1 }
        : undefined,
    );
    await h.fake.userDoes(user, { kind: 'text', text: 'ヘルプ' });
    clock.advance(61_000);
    await h.bot.worker.drain();
    expect(h.fake.pushCalls()).toBe(1);
    clock.advance(2_000); // past Retry-After
    await h.bot.worker.drain();
    expect(h.fake.pushCalls()).toBe(2);
    expect(pushedTo(h, user)).toBeGreaterThan(0);
  });

  it('prints the month, the limit, the reserve and the daily pushes planned', async () => {
    const clock = fakeClock('2026-04-20T03:00:00Z');
    h = await startHarnessOn(clock);
    for (const user of [userId(), userId()]) await optIn(h, user);
    h.fake.setQuota(200, 50);
    const report = await quotaReport(h.env, clock.now());
    expect(report).toContain('month:            2026-04');
    expect(report).toContain('pushes used:      50');
    expect(report).toContain('monthly limit:    200');
    expect(report).toContain('reserve:          20');
    expect(report).toContain('daily opted in:   2 users');
    expect(report).toContain('daily planned:    2 a day for 11 days = 22 pushes');
  });
});
