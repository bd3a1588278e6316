import { startPostgres } from '@mamoru/line-bot/test-postgres';
import { loadAnswerKey, quizTopics } from '../answer-key.ts';
import { openPostgresReader } from '../bot-db.ts';
import { type BotProcess, CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { startFakeLineApi } from '../fake-line-api.ts';
import { sleep } from '../free-port.ts';
import { runLearners } from '../learner.ts';
import { lineUserId, seededRandom } from '../random.ts';
import { startRoundRobinProxy } from '../round-robin-proxy.ts';
import { compareStored, waitUntilSettled } from '../verify.ts';
import { webhookClient } from '../webhook-client.ts';
import { learnerWorld } from './world.ts';

/**
 * Two bot processes on one PostgreSQL behind a round-robin proxy, under load; one is killed with
 * SIGKILL halfway and restarted. Every user's events are spread over both instances.
 */
export async function twoInstancesDrill(options: { events: number; seed?: number; waitForLease?: boolean }) {
  const postgres = await startPostgres();
  const databaseUrl = await postgres.createDatabase();
  const api = await startFakeLineApi();
  const first = await startBotProcess({ lineApiUrl: api.url, databaseUrl });
  let second: BotProcess = await startBotProcess({ lineApiUrl: api.url, databaseUrl });
  const secondPort = second.port;
  const proxy = await startRoundRobinProxy(() => [first.url, second.url]);
  const db = openPostgresReader(databaseUrl);
  const client = webhookClient(CHANNEL_SECRET);
  try {
    const key = loadAnswerKey();
    const world = learnerWorld({ client, api, db, key, webhookUrl: () => `${proxy.url}/webhook` });
    let killedAlive = false;
    let ackedBeforeKill: string[] = [];
    const chaos = (async () => {
      for (let round = 0; world.acked.length < options.events / 2; round++) {
        if (round > 6000) throw new Error('the load never reached the kill point');
        await sleep(10);
      }
      killedAlive = second.alive();
      await second.kill9();
      ackedBeforeKill = [...world.acked];
      await sleep(500);
      second = await startBotProcess({ lineApiUrl: api.url, databaseUrl, port: secondPort });
    })();
    const learners = await runLearners(world, {
      targetRequests: options.events,
      concurrency: 48,
      random: seededRandom(options.seed ?? 4),
      userId: (n) => lineUserId(4, n),
      topics: quizTopics(key),
    });
    await chaos;
    const inbox = await waitUntilSettled(db, { allowSending: !options.waitForLease, maxRounds: 1500 });
    const stored = new Set((await db.rows('SELECT event_id FROM inbox')).map((r) => String(r.event_id)));
    const problems = await compareStored(db, learners, world.acked);
    return {
      requests: world.requests.count,
      learners: learners.length,
      killedAlive,
      ackedBeforeKill: ackedBeforeKill.length,
      lostAfterKill: ackedBeforeKill.filter((id) => !stored.has(id)),
      perBackend: [...proxy.perBackend.values()],
      unsentWithoutReplies: (
        await db.rows("SELECT event_id FROM inbox WHERE status = 'sending' AND replies IS NULL")
      ).length,
      inbox,
      problems,
      alive: first.alive() && second.alive(),
    };
  } finally {
    client.close();
    await db.close();
    await proxy.close();
    await first.stop();
    await second.stop();
    await api.close();
    await postgres.stop();
  }
}
