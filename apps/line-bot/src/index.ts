import { EnvError, readEnv } from './env.ts';

/** `pnpm --filter @mamoru/line-bot start`: read the configuration, start, stop cleanly on signals. */
let env: ReturnType<typeof readEnv>;
try {
  env = readEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const { startBot } = await import('./bot.ts');
const bot = await startBot(env);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void bot.stop().then(() => process.exit(0));
  });
}
