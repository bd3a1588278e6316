import { EnvError, readLocalEnv } from './env.ts';
import { adjustableClock } from './local/adjustable-clock.ts';
import { startLocal } from './local/start-local.ts';

/** `pnpm --filter @mamoru/line-bot local`: the bot + fake LINE platform + simulator page, no secrets needed. */
let env: ReturnType<typeof readLocalEnv>;
try {
  env = readLocalEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const local = await startLocal({
  botPort: env.PORT,
  simulatorPort: env.SIMULATOR_PORT,
  siteUrl: env.SITE_URL,
  logLevel: env.LOG_LEVEL,
  clock: adjustableClock(),
  ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
  ...(env.LIVE_INSTRUCTOR_KEYS ? { liveInstructorKey: env.LIVE_INSTRUCTOR_KEYS } : {}),
});
console.log(`LINE simulator: ${local.simulatorUrl}/`);
console.log(`Team scene:     ${local.simulatorUrl}/team (an owner and two staff side by side)`);
console.log(`Bot webhook:    ${local.bot.url}/webhook (data in ${local.dataDir})`);
if (!env.LIVE_INSTRUCTOR_KEYS) console.log(`Live seminars: instructor key ${local.liveKey}`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    void local.stop().then(() => process.exit(0));
  });
}
