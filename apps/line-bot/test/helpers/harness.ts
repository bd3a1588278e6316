import type { messagingApi } from '@line/bot-sdk';
import { startBot } from '../../src/bot.ts';
import type { Catalog } from '../../src/content/catalog.ts';
import type { UserAction } from '../../src/local/events.ts';
import { type LocalOptions, startLocal } from '../../src/local/start-local.ts';
import { fixtureCatalog } from './catalog.ts';

/** A clock the tests move by hand. */
export function fakeClock(start = '2026-04-01T01:00:00Z') {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}

export type Clock = ReturnType<typeof fakeClock>;
type Message = Record<string, unknown> & { type: string };
type Action = messagingApi.Action & { label?: string; data?: string; displayText?: string; uri?: string };

/** Every action in a message: quick replies and Flex buttons. */
export function actionsOf(message: Message): Action[] {
  const found: Action[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (
        record.type === 'button' ||
        ((record.type === 'action' || record.type === 'image') && record.action)
      )
        found.push(record.action as Action);
      for (const value of Object.values(record)) walk(value);
    }
  };
  walk(message);
  return found;
}

/** The bot on a fake LINE platform, with helpers that act as a user and wait until the bot is done. */
export async function startHarness(
  options: {
    clock?: Clock;
    catalog?: Catalog;
    dataDir?: string;
    databaseUrl?: string;
    lineTimeoutMs?: number;
  } = {},
) {
  const clock = options.clock ?? fakeClock();
  const localOptions: LocalOptions = {
    catalog: options.catalog ?? fixtureCatalog(),
    now: clock.now,
    clock, // the simulator's 「時間を進める」 moves it
    pollMs: 60_000, // the tests drain explicitly
    maintenanceMs: 3_600_000,
    ...(options.lineTimeoutMs ? { lineTimeoutMs: options.lineTimeoutMs } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  };
  const local = await startLocal(localOptions);
  const { fake, bot } = local;
  let seen = 0;

  /** Acts, waits until the bot has handled and sent everything, and returns the new bot messages. */
  async function act(userId: string, action: UserAction, groupId?: string): Promise<Message[]> {
    const before = fake.transcript.length;
    const { status } = await fake.userDoes(userId, action, groupId);
    if (status !== 200) throw new Error(`webhook answered ${status}`);
    await bot.worker.drain();
    seen = fake.transcript.length;
    return fake.transcript
      .slice(before)
      .filter((e) => e.from === 'bot')
      .map((e) => e.message as Message);
  }

  return {
    ...local,
    clock,
    act,
    say: (userId: string, text: string, groupId?: string) => act(userId, { kind: 'text', text }, groupId),
    /** Taps a button (postback) the way the LINE app does. */
    tap: (userId: string, action: Action, groupId?: string) => {
      if (action.type !== 'postback' || !action.data)
        throw new Error(`not a postback button: ${action.label}`);
      return act(userId, { kind: 'postback', data: action.data, displayText: action.displayText }, groupId);
    },
    /** Finds a button or quick reply by its label in the given messages. */
    button(messages: Message[], label: string | RegExp): Action {
      const action = messages
        .flatMap(actionsOf)
        .find((a) => (typeof label === 'string' ? a.label === label : label.test(a.label ?? '')));
      if (!action)
        throw new Error(
          `no button ${label} in ${JSON.stringify(messages.flatMap(actionsOf).map((a) => a.label))}`,
        );
      return action;
    },
    newMessagesSince: () => fake.transcript.slice(seen),
    async rowsAbout(userId: string): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      const db = bot.store.db;
      counts.users = (await db.query('SELECT user_key FROM users WHERE user_key = $1', [userId])).rows.length;
      counts.answers = (
        await db.query('SELECT user_key FROM answers WHERE user_key = $1', [userId])
      ).rows.length;
      counts.inbox = (
        await db.query('SELECT event_id FROM inbox WHERE user_key = $1 OR chat_id = $1 OR event LIKE $2', [
          userId,
          `%${userId}%`,
        ])
      ).rows.length;
      return counts;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * Stops the harness's bot and starts a new one on the same store, clock and fake platform, as a
 * restarted process would be; the caller stops the new bot.
 */
export async function restartBot(h: Harness) {
  await h.bot.stop();
  return startBot({ ...h.env, port: 0 }, { catalog: fixtureCatalog(), now: h.clock.now, pollMs: 60_000 });
}

let counter = 0;
/** A LINE-shaped user id (U + 32 hex digits), unique per call. */
export function userId(): string {
  counter += 1;
  return `U${counter.toString(16).padStart(8, '0')}${'a'.repeat(24)}`;
}
