import type { Logger } from 'pino';
import type { LineClient } from '../line/client.ts';
import { backoffMs, classifySendError } from '../line/send-failure.ts';
import { type ProcessDeps, processNextEvent } from './process-event.ts';

export interface WorkerDeps extends ProcessDeps {
  line: LineClient;
  log: Logger;
  /** Poll interval: picks up events stored by other instances and retries after errors. */
  pollMs?: number;
}

/** Users worked on at once: enough to keep LINE's API busy while slow sends wait for answers. */
const MAX_ACTIVE = 50;
/** Users fetched per look at the inbox. */
const BATCH = 100;

/** After this many failed attempts a send is given up (logged): about an hour of backoff. */
const MAX_SEND_ATTEMPTS = 12;

/**
 * Works the inbox off the request path: per user in order, users independently. A slow send for one
 * user never holds up another: each user runs on its own, and new users are picked up while others
 * are still in flight, up to MAX_ACTIVE users at once.
 */
export function createWorker(deps: WorkerDeps) {
  const { store, line, log } = deps;
  const active = new Map<string, Promise<void>>();
  /** Users found with work, not started yet (all MAX_ACTIVE slots were taken). */
  let queued: string[] = [];
  let running: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const retryTimers = new Set<NodeJS.Timeout>();
  /** Users whose work just failed: left alone until the next poll, so an error cannot spin. */
  const resting = new Set<string>();
  let stopped = false;
  const nowMs = () => deps.now().getTime();

  /** Sends one event's replies; false when they did not go out (retry scheduled or claimed elsewhere). */
  async function send(eventId: string): Promise<boolean> {
    const claimed = await store.claimForSending(eventId);
    if (!claimed) return false;
    try {
      const how = await line.deliver(
        claimed.outgoing,
        claimed.eventTs,
        `event:${eventId}`,
        !claimed.replySpent,
      );
      await store.markSent(eventId);
      log.debug({ eventId, how, attempts: claimed.sendAttempts + 1 }, 'replies sent');
      return true;
    } catch (error) {
      const failure = classifySendError(error);
      const attempts = claimed.sendAttempts + 1;
      if (!failure.retryable || attempts >= MAX_SEND_ATTEMPTS) {
        // Sending again cannot help (a 4xx, or LINE failing for an hour): do not block the user.
        log.error({ err: error, eventId, attempts }, 'send failed; giving up');
        await store.markSent(eventId);
        return true;
      }
      const delay = failure.retryAfterMs ?? backoffMs(attempts - 1);
      await store.scheduleRetry(eventId, nowMs() + delay, failure.replyMayHaveLanded);
      log.warn({ err: error, eventId, attempts, retryInMs: delay }, 'send failed; will retry');
      scheduleKick(delay);
      return false;
    }
  }

  function scheduleKick(delay: number): void {
    if (stopped) return;
    const retry = setTimeout(() => {
      retryTimers.delete(retry);
      void drain();
    }, delay);
    retry.unref();
    retryTimers.add(retry);
  }

  async function workUser(userKey: string): Promise<void> {
    for (;;) {
      // Earlier replies first (after a crash or a failed send), so the user's replies keep their order.
      for (const unsent of await store.unsentOf(userKey)) {
        if (unsent.nextAttemptAt !== null && unsent.nextAttemptAt > nowMs()) return;
        if (!(await send(unsent.eventId))) return;
      }
      const result = await processNextEvent(deps, userKey);
      if (!result) return;
      if (result.failure) {
        log.error(
          { err: result.failure, eventId: result.eventId, type: result.type },
          'event handling failed',
        );
        continue;
      }
      // Ids and counts only: never what the user wrote.
      log.debug(
        { eventId: result.eventId, type: result.type, replies: result.outgoing?.messages.length ?? 0 },
        'event handled',
      );
      if (result.outgoing && !(await send(result.eventId))) return;
    }
  }

  function startUser(userKey: string): void {
    const work = workUser(userKey)
      .catch((error: unknown) => {
        resting.add(userKey);
        log.error({ err: error }, 'inbox work failed; will retry');
      })
      .finally(() => {
        active.delete(userKey);
        wake?.();
      });
    active.set(userKey, work);
  }

  /**
   * Runs until no user has work left. At most MAX_ACTIVE users at once; the next ones wait in
   * `queued` (oldest first), and the inbox is looked at again only when that queue is empty and new
   * work may have come in: one look per batch of users instead of one per finished user.
   */
  async function drainOnce(): Promise<void> {
    let look = true;
    for (;;) {
      if (queued.length === 0 && (look || again)) {
        look = false;
        again = false;
        queued = await store.usersWithWork(BATCH, new Set([...active.keys(), ...resting]));
      }
      while (active.size < MAX_ACTIVE && queued.length > 0) {
        const user = queued.shift() as string;
        if (!active.has(user) && !resting.has(user)) startUser(user);
      }
      if (active.size === 0 && queued.length === 0 && !again) return;
      // Wait for any user to finish, or for new events (kick), then look again. Not a
      // Promise.race over the users' work: every race would add a reaction to each unfinished
      // user's promise, and under a backlog those lists grew by one per webhook (fuzz drill).
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      if (!again || queued.length > 0) await woken;
      wake = undefined;
    }
  }

  /** Drains the inbox; concurrent calls join the running drain, which looks for new work. */
  function drain(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      wake?.();
      return running;
    }
    running = (async () => {
      try {
        do {
          await drainOnce();
        } while (again);
      } catch (error) {
        log.error({ err: error }, 'inbox drain failed');
        await Promise.allSettled(active.values());
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  return {
    drain,
    kick: () => void drain(),
    start() {
      void drain();
      timer = setInterval(() => {
        resting.clear();
        void drain();
      }, deps.pollMs ?? 1000);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      for (const retry of retryTimers) clearTimeout(retry);
      await running;
    },
  };
}

export type Worker = ReturnType<typeof createWorker>;
