import pg from 'pg';

export interface ListenerOptions {
  connectionString: string;
  /** The LISTEN channel (an SQL identifier: lower case letters, digits and _). */
  channel: string;
  onNotify: (payload: string) => void;
  /** Called when hearing starts (LISTEN done) or stops (connection lost): missed notices must be made up for. */
  onListening: (listening: boolean) => void;
  onError?: (error: unknown) => void;
  /** First wait before connecting again after a loss; doubles up to 10 s. */
  retryMs?: number | undefined;
}

/**
 * One connection of its own that LISTENs on a channel (a pool connection cannot: LISTEN belongs to
 * the session). A lost connection (server restart, terminated backend, network) is connected again
 * with a growing wait; while it is down, `listening` is false so that callers fall back to polling.
 */
export function listenPostgres(options: ListenerOptions) {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.channel))
    throw new Error(`listenPostgres: channel "${options.channel}" is not a plain SQL identifier`);
  const firstRetryMs = options.retryMs ?? 250;
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let retryMs = firstRetryMs;
  let timer: NodeJS.Timeout | undefined;

  const setListening = (value: boolean) => {
    if (listening === value) return;
    listening = value;
    options.onListening(value);
  };

  const lost = (which: pg.Client, error?: unknown) => {
    if (which !== client) return; // a connection already given up
    client = undefined;
    which.removeAllListeners();
    which.on('error', () => undefined);
    void which.end().catch(() => undefined);
    if (error) options.onError?.(error);
    setListening(false);
    if (closed) return;
    timer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 10_000);
  };

  async function connect(): Promise<void> {
    timer = undefined;
    if (closed) return;
    // keepAlive: a connection dropped without a FIN is noticed by TCP, not only at the next query.
    const next = new pg.Client({ connectionString: options.connectionString, keepAlive: true });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === options.channel && message.payload !== undefined)
        options.onNotify(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${options.channel}`);
    } catch (error) {
      lost(next, error);
      return;
    }
    if (client !== next || closed) return;
    retryMs = firstRetryMs;
    setListening(true);
  }

  void connect();
  return {
    get listening() {
      return listening;
    },
    async close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = undefined;
      listening = false;
      if (current) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}

export type PostgresListener = ReturnType<typeof listenPostgres>;
