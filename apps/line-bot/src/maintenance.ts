import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Catalog } from './content/catalog.ts';
import { dailyQuestion } from './conversation/daily.ts';
import type { LineClient } from './line/client.ts';
import { japanMonth } from './push-budget/month.ts';
import type { Store } from './store/store.ts';

const DAY_MS = 86_400_000;
/** No pushes from 21:00 to the push hour (Japan time): nobody wants a quiz at night. */
const LAST_PUSH_HOUR = 21;

export function japanClock(now: Date): { date: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

export interface MaintenanceDeps {
  store: Store;
  catalog: Catalog;
  line: LineClient;
  log: Logger;
  now: () => Date;
  retentionDays: number;
  dailyPushHour: number;
}

/** Deletes the data of users who unfollowed more than `retentionDays` ago. */
export async function purgeUnfollowed(deps: MaintenanceDeps): Promise<number> {
  const cutoff = deps.now().getTime() - deps.retentionDays * DAY_MS;
  const users = await deps.store.usersUnfollowedBefore(cutoff);
  for (const userKey of users) await deps.store.withUser(userKey, (tx) => tx.deleteUser());
  await deps.store.pruneInbox();
  return users.length;
}

/**
 * Pushes the daily question to opted-in users, once a Japan day, only in the daytime, as far as the
 * month's push budget allows; users it leaves out are marked, and told on their next reply.
 */
export async function pushDailyQuestions(deps: MaintenanceDeps): Promise<number> {
  const now = deps.now();
  const { date, hour } = japanClock(now);
  if (hour < deps.dailyPushHour || hour >= LAST_PUSH_HOUR) return 0;
  const plan = await deps.line.budget.planDaily(await deps.store.usersForDaily(date), date);
  await markPaused(deps, plan.paused, japanMonth(now));
  let pushed = 0;
  for (const userKey of plan.send) {
    const replies = await deps.store.withUser(userKey, async (tx) => {
      const state = await tx.loadUser();
      if (!state?.daily || state.lastDaily === date || state.unfollowedAt) return [];
      const outcome = dailyQuestion(state, date, {
        catalog: deps.catalog,
        now,
        newId: () => randomUUID().slice(0, 8),
      });
      if (outcome.state) await tx.saveUser(outcome.state);
      return outcome.replies;
    });
    if (replies.length === 0) continue;
    await deps.line
      .push(userKey, replies, `daily:${userKey}:${date}`, 'daily')
      .catch((error: unknown) => deps.log.warn({ err: error }, 'daily push failed'));
    pushed += 1;
  }
  return pushed;
}

/** Marks users whose daily question the budget left out this month (once a month each). */
async function markPaused(deps: MaintenanceDeps, userKeys: readonly string[], month: string): Promise<void> {
  for (const userKey of userKeys) {
    await deps.store.withUser(userKey, async (tx) => {
      const state = await tx.loadUser();
      if (state && state.dailyPausedMonth !== month) await tx.saveUser({ ...state, dailyPausedMonth: month });
    });
  }
}

/** Runs both jobs every `everyMs`. */
export function startMaintenance(deps: MaintenanceDeps, everyMs = 60_000) {
  const run = async () => {
    try {
      await purgeUnfollowed(deps);
      await pushDailyQuestions(deps);
    } catch (error) {
      deps.log.error({ err: error }, 'maintenance failed');
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
