import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BotOptions, startBot } from '../bot.ts';
import { readEnv } from '../env.ts';
import type { AdjustableClock } from './adjustable-clock.ts';
import { startFakeLine } from './fake-line.ts';

export interface LocalOptions extends BotOptions {
  botPort?: number;
  simulatorPort?: number;
  siteUrl?: string;
  dataDir?: string;
  databaseUrl?: string;
  logLevel?: string;
  /** A clock the simulator's 「時間を進める」 may move (its `now` is then the bot's clock). */
  clock?: AdjustableClock;
  /** Instructor key for live seminars (default: a fresh random one, printed by `npm start`). */
  liveInstructorKey?: string;
}

/**
 * The bot wired to a fake LINE platform with freshly generated test secrets: the simulator, the
 * local `npm start`, and the tests all run this. Nothing here reaches the internet.
 */
export async function startLocal(given: LocalOptions = {}) {
  const options = given.clock && !given.now ? { ...given, now: given.clock.now } : given;
  const channelSecret = randomBytes(16).toString('hex');
  const channelAccessToken = randomBytes(32).toString('base64url');
  const fake = await startFakeLine({
    channelSecret,
    channelAccessToken,
    port: options.simulatorPort ?? 0,
    ...(options.now ? { now: () => (options.now as () => Date)().getTime() } : {}),
  });
  const liveKey = options.liveInstructorKey ?? `local-${randomBytes(12).toString('base64url')}`;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mamoru-bot-'));
  const env = readEnv({
    LINE_CHANNEL_SECRET: channelSecret,
    LINE_CHANNEL_ACCESS_TOKEN: channelAccessToken,
    LINE_API_BASE_URL: fake.url,
    SITE_URL: options.siteUrl ?? 'http://localhost:4321',
    DATA_DIR: dataDir,
    PORT: String(options.botPort ?? 0),
    LOG_LEVEL: options.logLevel ?? 'silent',
    LIVE_INSTRUCTOR_KEYS: liveKey,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  });
  const bot = await startBot(env, { hostname: '127.0.0.1', linkToListenAddress: true, ...options });
  fake.setWebhookUrl(`${bot.url}/webhook`);
  const clock = options.clock;
  if (clock) {
    // 「時間を進める」: move the clock, then run the minute's maintenance at once (daily question).
    fake.setClockControl(async (ms) => {
      clock.advance(ms);
      await bot.maintenance.run();
      return clock.now();
    });
  }
  return {
    fake,
    bot,
    env,
    dataDir,
    liveKey,
    simulatorUrl: fake.url,
    async stop() {
      try {
        await bot.stop();
      } finally {
        await fake.close();
        // A temp folder made here goes away; a DATA_DIR given by the user stays.
        if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
