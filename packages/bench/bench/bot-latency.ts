/**
 * Section 4's rate mode on its own, for working on the bot's latency: the bare server and the bot
 * (SQLite, PostgreSQL) side by side, a few rounds, each run after every target is quiet.
 * node bench/bot-latency.ts [rounds] [sqlite,postgres]   (BENCH_DURATION_S: seconds per run)
 */
import { config } from '../src/config.ts';
import { startFakeLineApiProcess } from '../src/load/fake-line-api-process.ts';
import { waitUntilIdle } from '../src/load/idle.ts';
import { runLoad } from '../src/load/run-load.ts';
import { type LoadTarget, startBareServer, startPostgresBot, startSqliteBot } from '../src/load/targets.ts';

const rounds = Number(process.argv[2] ?? 3);
const stores = (process.argv[3] ?? 'sqlite,postgres').split(',');
const api = await startFakeLineApiProcess();
const targets: LoadTarget[] = [];
try {
  targets.push(await startBareServer());
  if (stores.includes('sqlite')) targets.push(await startSqliteBot(api.url));
  if (stores.includes('postgres')) targets.push(await startPostgresBot(api.url));
  for (const target of targets) await runLoad(target, 'max', 2); // warm-up
  for (let round = 1; round <= rounds; round++) {
    const cells: string[] = [];
    for (const target of targets) {
      for (const each of targets) await waitUntilIdle(each.pid);
      const r = await runLoad(target, 'rate', config.benchDurationS);
      const failed = r.non2xx + r.errors;
      cells.push(`${target.name}: p50 ${r.p50} ms, p99 ${r.p99} ms${failed ? `, ${failed} failed` : ''}`);
    }
    console.log(`round ${round}: ${cells.join(' | ')}`);
  }
} finally {
  for (const target of targets) await target.stop();
  await api.close();
}
