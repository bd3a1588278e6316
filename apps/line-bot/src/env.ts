import { type OperatorSettings, readOperatorSettings } from '@mamoru/operator';
import { z } from 'zod';
import { DEFAULT_PUSH_RESERVE } from './push-budget/push-budget.ts';

const LINE_API = 'https://api.line.me';
const LINE_DATA_API = 'https://api-data.line.me';

const envSchema = z
  .object({
    LINE_CHANNEL_SECRET: z.string().min(1).optional(),
    LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1).optional(),
    /** Origin of the Messaging API; tests and the simulator point it at a local fake. */
    LINE_API_BASE_URL: z.url().default(LINE_API),
    /** Origin of the blob API (rich-menu images); defaults to LINE's, or to LINE_API_BASE_URL when that is set. */
    LINE_DATA_API_BASE_URL: z.url().optional(),
    SITE_URL: z.url().default('http://localhost:4321'),
    /** Public address of this bot server, for links to its own pages (the printable team invite). */
    BOT_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(8787),
    /** Pushes kept back each month for replies whose token expired (the daily question never uses them). */
    PUSH_RESERVE: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_PUSH_RESERVE),
    /** Hour (Japan time, 0-23) from which the opt-in daily question is pushed; never after 21:00. */
    DAILY_PUSH_HOUR: z.coerce.number().int().min(7).max(20).default(12),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Keys that let instructors start live seminars (comma-separated); none = live seminars off. */
    LIVE_INSTRUCTOR_KEYS: z.string().default(''),
  })
  .transform((env, ctx) => {
    const missing = (['LINE_CHANNEL_SECRET', 'LINE_CHANNEL_ACCESS_TOKEN'] as const).filter((k) => !env[k]);
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          `Set ${missing.join(' and ')} (LINE Developers console > your Messaging API channel). ` +
          'To try the bot without a channel, run `pnpm --filter @mamoru/line-bot local`.',
      });
      return z.NEVER;
    }
    const customApi = env.LINE_API_BASE_URL !== LINE_API;
    return {
      channelSecret: env.LINE_CHANNEL_SECRET as string,
      channelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN as string,
      apiBaseUrl: new URL(env.LINE_API_BASE_URL).origin,
      dataApiBaseUrl: new URL(
        env.LINE_DATA_API_BASE_URL ?? (customApi ? env.LINE_API_BASE_URL : LINE_DATA_API),
      ).origin,
      siteUrl: env.SITE_URL.replace(/\/+$/, ''),
      botUrl: env.BOT_URL?.replace(/\/+$/, ''),
      dataDir: env.DATA_DIR,
      databaseUrl: env.DATABASE_URL,
      port: env.PORT,
      dailyPushHour: env.DAILY_PUSH_HOUR,
      pushReserve: env.PUSH_RESERVE,
      logLevel: env.LOG_LEVEL,
      liveInstructorKeys: env.LIVE_INSTRUCTOR_KEYS.split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    };
  });

export type Env = z.output<typeof envSchema> & {
  /** Who runs the bot and how long it keeps data (RETENTION_DAYS), as the privacy notice states. */
  operator: OperatorSettings;
  /** Days an unfollowed user's data is kept before it is deleted (the operator's RETENTION_DAYS). */
  retentionDays: number;
};

export class EnvError extends Error {}

/** Reads and checks the configuration once; throws an EnvError that says what to set. */
export function readEnv(env: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) =>
      i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
    );
    throw new EnvError(`Invalid configuration:\n- ${lines.join('\n- ')}`);
  }
  let operator: OperatorSettings;
  try {
    operator = readOperatorSettings(env);
  } catch (error) {
    throw new EnvError(`Invalid configuration:\n- ${(error as Error).message}`);
  }
  return { ...result.data, operator, retentionDays: operator.retentionDays };
}

const localSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(8788),
  SITE_URL: z.url().default('http://localhost:4321'),
  DATA_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Instructor keys for live seminars; `npm start` passes one (else a random key is made and printed). */
  LIVE_INSTRUCTOR_KEYS: z.string().min(1).optional(),
});

/** Local mode (`pnpm --filter @mamoru/line-bot local`): no secrets, only ports, the site and a folder. */
export function readLocalEnv(env: Record<string, string | undefined> = process.env) {
  const result = localSchema.safeParse(env);
  if (!result.success)
    throw new EnvError(
      `Invalid configuration:\n- ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n- ')}`,
    );
  return result.data;
}
