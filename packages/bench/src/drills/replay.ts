import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAnswerKey, quizTopics } from '../answer-key.ts';
import { openSqliteReader } from '../bot-db.ts';
import { CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { startFakeLineApi } from '../fake-line-api.ts';
import { runLearners } from '../learner.ts';
import { lineUserId, seededRandom } from '../random.ts';
import { compareStored, waitUntilSettled } from '../verify.ts';
import { webhookClient } from '../webhook-client.ts';
import { learnerWorld } from './world.ts';

/**
 * Replay drill: about `events` webhook requests from many learners, 20% of them redelivered and some
 * answers double-tapped at once, into the bot (SQLite) as a child process. Returns what to assert.
 */
export async function replayDrill(options: { events: number; seed?: number; concurrency?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-replay-'));
  const api = await startFakeLineApi();
  const bot = await startBotProcess({ lineApiUrl: api.url, dataDir: dir });
  const db = openSqliteReader(join(dir, 'mamoru.sqlite'));
  const client = webhookClient(CHANNEL_SECRET);
  try {
    const key = loadAnswerKey();
    const world = learnerWorld({ client, api, db, key, webhookUrl: () => bot.webhookUrl });
    const learners = await runLearners(world, {
      targetRequests: options.events,
      concurrency: options.concurrency ?? 48,
      random: seededRandom(options.seed ?? 1),
      userId: (n) => lineUserId(1, n),
      topics: quizTopics(key),
    });
    const inbox = await waitUntilSettled(db);
    const problems = await compareStored(db, learners, world.acked);
    // Every distinct event got exactly one message call through (reply, or push after a refused token),
    // except the second of a double tap, which the bot ignores silently.
    const perUser = new Map<string, number>();
    for (const call of api.delivered)
      perUser.set(call.chatId ?? '?', (perUser.get(call.chatId ?? '?') ?? 0) + 1);
    for (const learner of learners) {
      const got = perUser.get(learner.userId) ?? 0;
      const expected = learner.events.length - learner.silentTwins;
      if (got !== expected)
        problems.push(
          `${learner.userId}: ${got} replies for ${learner.events.length} events (${expected} expected)`,
        );
    }
    return {
      requests: world.requests.count,
      distinctEvents: world.sent.size,
      learners: learners.length,
      answers: learners.reduce((n, l) => n + l.questionIds.length, 0),
      statuses: Object.fromEntries(world.statuses),
      inbox,
      problems,
      alive: bot.alive(),
      output: bot.output(),
    };
  } finally {
    client.close();
    await db.close();
    await bot.stop();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
