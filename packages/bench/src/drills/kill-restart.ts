import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAnswerKey, quizTopics } from '../answer-key.ts';
import { openSqliteReader } from '../bot-db.ts';
import { type BotProcess, CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { startFakeLineApi } from '../fake-line-api.ts';
import { sleep } from '../free-port.ts';
import { runLearners } from '../learner.ts';
import { lineUserId, seededRandom } from '../random.ts';
import { compareStored, waitUntilSettled } from '../verify.ts';
import { webhookClient } from '../webhook-client.ts';
import { learnerWorld } from './world.ts';

/**
 * kill -9 drill: learners answer under load; when `killAfter` events are acknowledged the bot is
 * killed with SIGKILL, left down for a moment (webhooks fail and are redelivered), and restarted on
 * the same port and SQLite file. Returns the acknowledged-before-kill events that are missing, the
 * exact comparison after recovery, and SQLite's integrity check.
 */
export async function killRestartDrill(options: {
  events: number;
  killAfter?: number;
  seed?: number;
  /** Wait out the bot's 60 s sending lease so that replies cut off by the kill are sent too. */
  waitForLease?: boolean;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-kill-'));
  const api = await startFakeLineApi();
  let bot: BotProcess = await startBotProcess({ lineApiUrl: api.url, dataDir: dir });
  const port = bot.port;
  const db = openSqliteReader(join(dir, 'mamoru.sqlite'));
  const client = webhookClient(CHANNEL_SECRET);
  try {
    const key = loadAnswerKey();
    const world = learnerWorld({ client, api, db, key, webhookUrl: () => bot.webhookUrl });
    const killAfter = options.killAfter ?? Math.floor(options.events / 2);
    let ackedBeforeKill: string[] = [];
    let killedAlive = false;
    const chaos = (async () => {
      for (let round = 0; world.acked.length < killAfter; round++) {
        if (round > 6000) throw new Error('the load never reached the kill point');
        await sleep(10);
      }
      killedAlive = bot.alive();
      await bot.kill9();
      // Everything answered 200 came from the process that is now dead.
      ackedBeforeKill = [...world.acked];
      await sleep(300);
      bot = await startBotProcess({ lineApiUrl: api.url, dataDir: dir, port });
    })();
    const learners = await runLearners(world, {
      targetRequests: options.events,
      concurrency: 48,
      random: seededRandom(options.seed ?? 2),
      userId: (n) => lineUserId(2, n),
      topics: quizTopics(key),
    });
    await chaos;
    // Before the restarted bot has done anything more: the acknowledged events are on disk.
    const inbox = await waitUntilSettled(db, { allowSending: !options.waitForLease, maxRounds: 1500 });
    const unsentWithoutReplies = (
      await db.rows("SELECT event_id FROM inbox WHERE status = 'sending' AND replies IS NULL")
    ).length;
    const stored = new Set((await db.rows('SELECT event_id FROM inbox')).map((r) => String(r.event_id)));
    const lostAfterKill = ackedBeforeKill.filter((id) => !stored.has(id));
    const problems = await compareStored(db, learners, world.acked);
    const integrity = (await db.rows('PRAGMA integrity_check')).map((r) => Object.values(r)[0]);
    return {
      requests: world.requests.count,
      learners: learners.length,
      ackedBeforeKill: ackedBeforeKill.length,
      killedAlive,
      lostAfterKill,
      failedRequests: world.statuses.get(0) ?? 0,
      inbox,
      integrity,
      unsentWithoutReplies,
      problems,
      alive: bot.alive(),
    };
  } finally {
    client.close();
    await db.close();
    await bot.stop();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
