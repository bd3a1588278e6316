import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createHttpServer } from './app.ts';
import { type Catalog, loadCatalog } from './content/catalog.ts';
import type { Env } from './env.ts';
import { createWorker } from './inbox/worker.ts';
import { createLineClient } from './line/client.ts';
import { cachedBasicId } from './live/basic-id.ts';
import { createLiveHub } from './live/hub.ts';
import { startPostgresRelay } from './live/postgres-relay.ts';
import { startMaintenance } from './maintenance.ts';
import type { Db } from './store/db.ts';
import { openPostgres } from './store/postgres-db.ts';
import { openSqlite } from './store/sqlite-db.ts';
import { createStore } from './store/store.ts';
import { recordTokenKey } from './teams-record/token.ts';

export interface BotOptions {
  catalog?: Catalog;
  /** Injected clock (tests move time forward). */
  now?: () => Date;
  log?: Logger;
  pollMs?: number;
  /** Live streams' timers and the PostgreSQL listener's first retry (tests and benches set them). */
  live?: { streamPollMs?: number; streamKeepAliveMs?: number; listenRetryMs?: number };
  maintenanceMs?: number;
  /** Longest wait for one Messaging API call (default 10 s). */
  lineTimeoutMs?: number;
  /** Interface to listen on (default all; local mode uses loopback). */
  hostname?: string;
  /** Local mode without BOT_URL: links to the bot's own pages point where it listens. */
  linkToListenAddress?: boolean;
}

export function openDb(env: Pick<Env, 'databaseUrl' | 'dataDir'>): Db {
  return env.databaseUrl ? openPostgres(env.databaseUrl) : openSqlite(join(env.dataDir, 'mamoru.sqlite'));
}

export function createLogger(level: Env['logLevel']): Logger {
  // Secrets never reach a log call; redact anyway in case an error object carries headers.
  return pino({
    level,
    redact: [
      '*.headers.authorization',
      '*.headers["x-line-signature"]',
      '*.channelSecret',
      '*.channelAccessToken',
    ],
  });
}

/** Starts the whole bot (storage, worker, maintenance, HTTP); `index.ts` and `local.ts` call this. */
export async function startBot(env: Env, options: BotOptions = {}) {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? createLogger(env.logLevel);
  const catalog = options.catalog ?? loadCatalog(env.siteUrl);
  const store = createStore(openDb(env), () => now().getTime());
  await store.migrate();
  const line = createLineClient({
    channelAccessToken: env.channelAccessToken,
    apiBaseUrl: env.apiBaseUrl,
    now: () => now().getTime(),
    pushReserve: env.pushReserve,
    ...(options.lineTimeoutMs ? { timeoutMs: options.lineTimeoutMs } : {}),
  });
  const hub = createLiveHub();
  // On PostgreSQL, instances tell each other of live changes (LISTEN/NOTIFY); SQLite streams poll.
  const relay = env.databaseUrl
    ? startPostgresRelay({
        databaseUrl: env.databaseUrl,
        db: store.db,
        hub,
        retryMs: options.live?.listenRetryMs,
        onError: (error) => log.warn({ err: error }, 'live relay: PostgreSQL listener or notify failed'),
      })
    : undefined;
  // The basic ID is learnt from LINE at start (GET /v2/bot/info) for live join codes and team invites.
  const basicId = cachedBasicId(line, log);
  const recordKey = recordTokenKey(env.channelSecret);
  // The port may be 0 (any free one) until the server listens; links are made only after that.
  let botUrl = env.botUrl;
  void basicId().catch(() => undefined); // asked again when first needed if LINE was down
  const worker = createWorker({
    store,
    catalog,
    line,
    log,
    now,
    pollMs: options.pollMs ?? 1000,
    onLiveWrite: (sessionIds) => {
      for (const id of new Set(sessionIds)) hub.changed(id);
    },
    basicId,
    botUrl: () => botUrl,
    recordKey,
  });
  const maintenance = startMaintenance(
    { store, catalog, line, log, now, retentionDays: env.retentionDays, dailyPushHour: env.dailyPushHour },
    options.maintenanceMs,
  );
  const server: Server = createHttpServer({
    store,
    channelSecret: env.channelSecret,
    onStored: worker.kick,
    live: {
      catalog,
      hub,
      instructorKeys: env.liveInstructorKeys,
      siteUrl: env.siteUrl,
      basicId,
      line,
      onPushError: (error: unknown) => log.warn({ err: error }, 'live question push failed'),
      now: () => now().getTime(),
      log,
      streamPollMs: options.live?.streamPollMs,
      streamKeepAliveMs: options.live?.streamKeepAliveMs,
    },
    teamRecord: { catalog, key: recordKey, now: () => now().getTime() },
    teamInvite: { basicId },
  });
  await new Promise<void>((resolve) => server.listen(env.port, options.hostname ?? '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  if (options.linkToListenAddress) botUrl ??= `http://127.0.0.1:${port}`;
  worker.start();
  log.info(
    { port, storage: env.databaseUrl ? 'postgres' : 'sqlite', instance: randomUUID().slice(0, 8) },
    'line bot listening',
  );
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    store,
    worker,
    maintenance,
    /** Whether live streams hear other instances now (false on SQLite and while the listener is lost). */
    liveHearing: () => !hub.mustPoll(),
    async stop() {
      maintenance.stop();
      hub.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.stop();
      await relay?.close();
      await store.close();
    },
  };
}

export type Bot = Awaited<ReturnType<typeof startBot>>;
