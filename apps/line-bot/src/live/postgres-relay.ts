import { randomUUID } from 'node:crypto';
import type { Query } from '../store/db.ts';
import { listenPostgres } from '../store/postgres-listener.ts';
import type { LiveHub } from './hub.ts';

/** The NOTIFY channel of live-session changes; the payload is "<instance> <session id>". */
export const LIVE_CHANNEL = 'mamoru_live';

export interface RelayOptions {
  databaseUrl: string;
  db: Query;
  hub: LiveHub;
  onError: (error: unknown) => void;
  retryMs?: number | undefined;
}

/**
 * Two instances on one PostgreSQL: each tells the other of the sessions it changed (NOTIFY, sent
 * after the change committed) and hears theirs (LISTEN), so a presenter's stream on either shows
 * an answer taken by the other at once. Notices raised while one is in flight go out together in
 * the next one, so a burst of answers costs a few queries, not one each.
 */
export function startPostgresRelay(options: RelayOptions) {
  const instance = randomUUID();
  const listener = listenPostgres({
    connectionString: options.databaseUrl,
    channel: LIVE_CHANNEL,
    onNotify: (payload) => {
      const [from, sessionId] = payload.split(' ');
      if (from !== instance && sessionId) options.hub.heard(sessionId);
    },
    onListening: (listening) => options.hub.setHearing(listening),
    onError: options.onError,
    retryMs: options.retryMs,
  });
  const waiting = new Set<string>();
  let sending: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (waiting.size > 0) {
      const payloads = [...waiting].map((sessionId) => `${instance} ${sessionId}`);
      waiting.clear();
      await options.db
        .query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [LIVE_CHANNEL, payloads])
        .catch(options.onError); // the other instance's streams then see it on their next poll
    }
    sending = undefined;
  };
  options.hub.relayTo((sessionId) => {
    waiting.add(sessionId);
    sending ??= flush();
  });
  return {
    get listening() {
      return listener.listening;
    },
    async close(): Promise<void> {
      await sending;
      await listener.close();
    },
  };
}
