import type { BotDb } from './bot-db.ts';
import { sleep } from './free-port.ts';

interface SessionInfo {
  id: string;
  questionIds: string[];
}

/**
 * Waits until the bot has started a quiz session for a user, by polling its database for all waiting
 * users at once (one query per round, however many users wait).
 */
export function sessionWatcher(db: BotDb, options: { pollMs?: number; maxRounds?: number } = {}) {
  const waiting = new Map<
    string,
    { notId?: string; resolve: (s: SessionInfo) => void; reject: (e: Error) => void; rounds: number }
  >();
  let running = false;

  async function loop() {
    running = true;
    try {
      while (waiting.size > 0) {
        const keys = [...waiting.keys()];
        for (let i = 0; i < keys.length; i += 500) {
          const batch = keys.slice(i, i + 500);
          let rows: Awaited<ReturnType<BotDb['rows']>> = [];
          try {
            rows = await db.rows(
              `SELECT user_key, state FROM users WHERE user_key IN (${batch.map((_, j) => `$${j + 1}`).join(', ')})`,
              batch,
            );
          } catch {
            // the database may be briefly unavailable (a killed instance); try again next round
          }
          for (const row of rows) {
            const state = JSON.parse(String(row.state)) as { session?: SessionInfo };
            const waiter = waiting.get(String(row.user_key));
            if (waiter && state.session && state.session.id !== waiter.notId) {
              waiting.delete(String(row.user_key));
              waiter.resolve({ id: state.session.id, questionIds: state.session.questionIds });
            }
          }
        }
        for (const [key, waiter] of waiting) {
          if (++waiter.rounds > (options.maxRounds ?? 1200)) {
            waiting.delete(key);
            waiter.reject(new Error(`no quiz session for ${key}`));
          }
        }
        await sleep(options.pollMs ?? 100);
      }
    } finally {
      running = false;
    }
  }

  return {
    /** Resolves with the user's session once the bot has stored one (other than `notId`). */
    waitFor(userKey: string, notId?: string): Promise<SessionInfo> {
      return new Promise((resolve, reject) => {
        waiting.set(userKey, { resolve, reject, rounds: 0, ...(notId ? { notId } : {}) });
        if (!running) void loop();
      });
    },
  };
}

export type SessionWatcher = ReturnType<typeof sessionWatcher>;
