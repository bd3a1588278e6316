import type { Logger } from 'pino';
import type { LineClient } from '../line/client.ts';
import { type ProcessDeps, processNextEvent } from './process-event.ts';

export interface WorkerDeps extends ProcessDeps {
  line: LineClient;
  log: Logger;
  /** Poll interval: picks up events stored by other instances and retries after errors. */
  pollMs?: number;
}

/** Works the inbox off the request path: per user in order, users in parallel. */
export function createWorker(deps: WorkerDeps) {
  const { store, line, log } = deps;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function send(eventId: string): Promise<void> {
    const claimed = await store.claimForSending(eventId);
    if (!claimed) return;
    const how = await line.deliver(claimed.outgoing, claimed.eventTs, `event:${eventId}`);
    await store.markSent(eventId);
    log.debug({ eventId, how }, 'replies sent');
  }

  async function workUser(userKey: string): Promise<void> {
    for (;;) {
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
      if (result.outgoing)
        await send(result.eventId).catch((error: unknown) =>
          log.warn({ err: error, eventId: result.eventId }, 'send failed; will retry'),
        );
    }
  }

  async function drainOnce(): Promise<void> {
    for (const eventId of await store.unsentEventIds()) {
      await send(eventId).catch((error: unknown) =>
        log.warn({ err: error, eventId }, 'resend failed; will retry'),
      );
    }
    for (;;) {
      const users = await store.usersWithPending();
      if (users.length === 0) return;
      await Promise.all(users.map(workUser));
    }
  }

  /** Drains the inbox; concurrent calls coalesce into one more pass. */
  function drain(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drainOnce();
        } while (again);
      } catch (error) {
        log.error({ err: error }, 'inbox drain failed');
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
      timer = setInterval(() => void drain(), deps.pollMs ?? 1000);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type Worker = ReturnType<typeof createWorker>;
