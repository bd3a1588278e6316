import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { config } from './config.ts';
import { freePort, sleep } from './free-port.ts';
import { liveHeapBytes } from './live-heap.ts';

export const BOT_ENTRY = fileURLToPath(new URL('../../../apps/line-bot/src/index.ts', import.meta.url));
export const CHANNEL_SECRET = 'bench-channel-secret';
const ACCESS_TOKEN = 'bench-access-token';

export interface BotProcessOptions {
  /** Origin of the (fake) Messaging API. */
  lineApiUrl: string;
  /** SQLite folder, or a PostgreSQL URL. */
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  logLevel?: string;
  /** Open the inspector on a free port, so that `liveHeap()` can measure what the bot keeps alive. */
  inspect?: boolean;
  /** Further environment, e.g. LIVE_INSTRUCTOR_KEYS. */
  env?: Record<string, string>;
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/**
 * The bot as production runs it (`node apps/line-bot/src/index.ts`), as a child process, so that a
 * drill can kill -9 it and a benchmark measures a real server.
 */
export async function startBotProcess(options: BotProcessOptions) {
  const port = options.port ?? (await freePort());
  const env: Record<string, string> = {
    PATH: config.path,
    LINE_CHANNEL_SECRET: CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: ACCESS_TOKEN,
    LINE_API_BASE_URL: options.lineApiUrl,
    SITE_URL: 'https://mamoru.example.jp',
    PORT: String(port),
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };
  const flags = options.inspect ? ['--inspect=127.0.0.1:0'] : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, BOT_ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (exit) throw new Error(`the bot exited at start (${JSON.stringify(exit)}):\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 300) throw new Error(`the bot did not start:\n${output}`);
    await sleep(50);
  }
  const pid = child.pid ?? 0;
  return {
    pid,
    port,
    url,
    webhookUrl: `${url}/webhook`,
    /** Everything the bot wrote to stdout and stderr (pino JSON lines). */
    output: () => output,
    /** Still running (never crashed)? */
    alive: () => exit === undefined,
    exitStatus: () => exit,
    rss: () => rssOf(pid),
    /** Bytes alive after a full garbage collection (needs `inspect: true`). */
    liveHeap() {
      const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (!inspectorUrl) throw new Error('liveHeap() needs a bot started with inspect: true');
      return liveHeapBytes(inspectorUrl);
    },
    /** kill -9: no shutdown handler runs. */
    async kill9() {
      if (exit) return;
      child.kill('SIGKILL');
      await exited;
    },
    /** SIGTERM: the bot's own clean shutdown. */
    async stop() {
      if (exit) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type BotProcess = Awaited<ReturnType<typeof startBotProcess>>;
