import { openDb } from '../bot.ts';
import { type Env, EnvError, readEnv } from '../env.ts';
import { createLineClient } from '../line/client.ts';
import { japanClock } from '../maintenance.ts';
import { dailyAllowance } from '../push-budget/daily-plan.ts';
import { daysLeftInMonth } from '../push-budget/month.ts';
import { createStore } from '../store/store.ts';

/**
 * `pnpm --filter @mamoru/line-bot quota`: this month's pushes against LINE's limit, the reserve kept
 * for expired-reply fallbacks, and the daily questions planned for the rest of the month.
 */
export async function quotaReport(env: Env, now = new Date()): Promise<string> {
  const line = createLineClient({
    channelAccessToken: env.channelAccessToken,
    apiBaseUrl: env.apiBaseUrl,
    pushReserve: env.pushReserve,
    now: () => now.getTime(),
  });
  const status = await line.budget.status();
  const store = createStore(openDb(env), () => now.getTime());
  try {
    await store.migrate();
    // Opted-in users not yet pushed on a day that has not started: all of them.
    const tomorrow = japanClock(new Date(now.getTime() + 86_400_000)).date;
    const optedIn = (await store.usersForDaily(tomorrow)).length;
    const daysLeft = daysLeftInMonth(now);
    const perDay = Math.min(optedIn, dailyAllowance(status, status.reserve, now));
    const limit = status.limit === null ? 'none (no monthly limit)' : String(status.limit);
    return [
      `month:            ${status.month}`,
      `pushes used:      ${status.used}`,
      `monthly limit:    ${limit}`,
      `reserve:          ${status.reserve} (for replies whose token expired)`,
      `daily opted in:   ${optedIn} users`,
      `daily planned:    ${perDay} a day for ${daysLeft} days = ${perDay * daysLeft} pushes` +
        (perDay < optedIn ? ` (paused for ${optedIn - perDay} users a day)` : ''),
      ...(status.limitReached ? ['LINE reported the monthly limit: no pushes until next month.'] : []),
    ].join('\n');
  } finally {
    await store.close();
  }
}

if (import.meta.main) {
  try {
    console.log(await quotaReport(readEnv()));
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
}
