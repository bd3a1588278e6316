import { startFakeLineApi } from '../src/fake-line-api.ts';
import { type LoadResult, runLoad } from '../src/load/run-autocannon.ts';
import { type LoadTarget, startBareServer, startPostgresBot, startSqliteBot } from '../src/load/targets.ts';

export interface BotLoadSection {
  seconds: number;
  rounds: number;
  results: LoadResult[];
}

/**
 * Section 4: the bare server, the bot on SQLite and the bot on PostgreSQL, each as its own process,
 * measured in alternation (`rounds` times each) so that machine noise hits all of them alike.
 */
export async function botLoadSection(seconds: number, rounds = 2): Promise<BotLoadSection> {
  const api = await startFakeLineApi();
  const targets: LoadTarget[] = [];
  try {
    targets.push(await startBareServer(), await startSqliteBot(api.url), await startPostgresBot(api.url));
    for (const target of targets) await runLoad(target, 'max', 2); // warm-up
    const results: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const mode of ['max', 'rate'] as const) {
        for (const target of targets) {
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
