import { startFakeLineApiProcess } from '../src/load/fake-line-api-process.ts';
import { waitUntilIdle } from '../src/load/idle.ts';
import { type LoadResult, runLoad } from '../src/load/run-load.ts';
import { type LoadTarget, startBareServer, startPostgresBot, startSqliteBot } from '../src/load/targets.ts';

export interface BotLoadSection {
  seconds: number;
  rounds: number;
  results: LoadResult[];
}

/**
 * Section 4: the bare server, the bot on SQLite and the bot on PostgreSQL, each as its own process,
 * measured in alternation (`rounds` times each) so that machine noise hits all of them alike. The
 * fake Messaging API runs in a process of its own, so this process only generates load and measures.
 * Before each run every target has finished its background work (the bot works off what it
 * acknowledged in a `max` run for a while), so no run pays for another's backlog.
 */
export async function botLoadSection(seconds: number, rounds = 2): Promise<BotLoadSection> {
  const api = await startFakeLineApiProcess();
  const targets: LoadTarget[] = [];
  const quiet = async () => {
    for (const target of targets) await waitUntilIdle(target.pid);
  };
  try {
    targets.push(await startBareServer(), await startSqliteBot(api.url), await startPostgresBot(api.url));
    for (const target of targets) await runLoad(target, 'max', 2); // warm-up
    const results: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const mode of ['max', 'rate'] as const) {
        for (const target of targets) {
          await quiet();
          const result = await runLoad(target, mode, seconds);
          console.log(
            `bot load ${mode} ${target.name}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.peakRssMb} MB`,
          );
          results.push(result);
        }
      }
    }
    return { seconds, rounds, results };
  } finally {
    for (const target of targets) await target.stop();
    await api.close();
  }
}
