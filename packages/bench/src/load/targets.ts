import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '@mamoru/line-bot/test-postgres';
import { CHANNEL_SECRET, rssOf, startBotProcess } from '../bot-process.ts';
import { config } from '../config.ts';
import { freePort, sleep } from '../free-port.ts';

/** Something autocannon can post webhooks to, in its own process. */
export interface LoadTarget {
  name: string;
  webhookUrl: string;
  pid: number;
  stop(): Promise<void>;
}

const BARE_SERVER = fileURLToPath(new URL('./bare-webhook-server.ts', import.meta.url));

export async function startBareServer(): Promise<LoadTarget> {
  const port = await freePort();
  const child = spawn(process.execPath, [BARE_SERVER, String(port), CHANNEL_SECRET], {
    env: { PATH: config.path },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    name: 'bare node:http (signature check only)',
    webhookUrl: `http://127.0.0.1:${port}/webhook`,
    pid: child.pid ?? 0,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startSqliteBot(lineApiUrl: string): Promise<LoadTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-bench-sqlite-'));
  const bot = await startBotProcess({ lineApiUrl, dataDir: dir, logLevel: 'error' });
  return {
    name: 'bot, SQLite',
    webhookUrl: bot.webhookUrl,
    pid: bot.pid,
    stop: async () => {
      await bot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startPostgresBot(lineApiUrl: string): Promise<LoadTarget> {
  // Commits flushed to disk, as in production (the tests' servers skip that for speed).
  const postgres = await startPostgres({ durable: true });
  const bot = await startBotProcess({
    lineApiUrl,
    databaseUrl: await postgres.createDatabase(),
    logLevel: 'error',
  });
  return {
    name: 'bot, PostgreSQL',
    webhookUrl: bot.webhookUrl,
    pid: bot.pid,
    stop: async () => {
      await bot.stop();
      await postgres.stop();
    },
  };
}

/** Samples a process's resident memory until stopped; returns the peak in MB. */
export function sampleRss(pid: number, everyMs = 200) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        peak = Math.max(peak, rssOf(pid));
      } catch {
        return;
      }
      await sleep(everyMs);
    }
  })();
  return {
    async stop(): Promise<number> {
      running = false;
      await loop;
      return Math.round(peak / 1048576);
    },
  };
}
