import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAnswerKey, quizTopics } from '../answer-key.ts';
import { openSqliteReader } from '../bot-db.ts';
import { CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { type ApiCall, type Fault, startFakeLineApi } from '../fake-line-api.ts';
import { runLearner } from '../learner.ts';
import { lineUserId, seededRandom } from '../random.ts';
import { compareStored, waitUntilSettled } from '../verify.ts';
import { webhookClient } from '../webhook-client.ts';
import { deliveredPerChat, learnerWorld } from './world.ts';

export const FAULT_KINDS = [
  'none',
  '500',
  '429',
  'slow',
  'invalid-token',
  'invalid-token-then-push-500',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What the fake LINE API does to the first attempt of each call for a user of this kind. */
function faultFor(kind: FaultKind, call: ApiCall, attempt: number): Fault {
  if (call.endpoint === 'reply') {
    if (kind === 'invalid-token' || kind === 'invalid-token-then-push-500')
      return { kind: 'invalid-reply-token' };
    if (attempt > 1) return { kind: 'ok' };
    if (kind === '500') return { kind: 'status', status: 500 };
    if (kind === '429') return { kind: 'status', status: 429 };
    if (kind === 'slow') return { kind: 'slow', ms: 1500 };
  }
  if (call.endpoint === 'push' && kind === 'invalid-token-then-push-500' && attempt === 1)
    return { kind: 'status', status: 500 };
  return { kind: 'ok' };
}

/**
 * Fault drill: learners of six kinds; the fake Messaging API answers each kind's calls with 500,
 * 429, a slow answer or "Invalid reply token" (then also a push 500). Waits until the bot has sent
 * everything (a failed send is retried with backoff: a reply while the token is fresh, else a push), then reports per kind.
 */
export async function lineFaultsDrill(options: { learnersPerKind: number; seed?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-faults-'));
  const kindOf = new Map<string, FaultKind>();
  const api = await startFakeLineApi({
    faults: (call, attempt) => faultFor(kindOf.get(call.chatId ?? '') ?? 'none', call, attempt),
  });
  const bot = await startBotProcess({ lineApiUrl: api.url, dataDir: dir });
  const db = openSqliteReader(join(dir, 'mamoru.sqlite'));
  const client = webhookClient(CHANNEL_SECRET);
  try {
    const key = loadAnswerKey();
    const topics = quizTopics(key);
    const world = learnerWorld({ client, api, db, key, webhookUrl: () => bot.webhookUrl });
    const random = seededRandom(options.seed ?? 3);
    const users = FAULT_KINDS.flatMap((kind, k) =>
      Array.from({ length: options.learnersPerKind }, (_, i) => {
        const userId = lineUserId(3, k * 1000 + i);
        kindOf.set(userId, kind);
        return { userId, kind, topic: topics[(k + i) % topics.length] ?? 'management' };
      }),
    );
    const learners = await Promise.all(users.map((u) => runLearner(world, random, u.userId, u.topic)));
    const inbox = await waitUntilSettled(db, { maxRounds: 1500 });
    const problems = await compareStored(db, learners, world.acked);
    const delivered = deliveredPerChat(api);
    const perKind: Record<
      string,
      { events: number; answered: number; replies: number; pushes: number; injected: number }
    > = {};
    for (const [i, learner] of learners.entries()) {
      const kind = users[i]?.kind ?? 'none';
      const got = delivered.get(learner.userId) ?? { reply: 0, push: 0 };
      const entry = perKind[kind] ?? { events: 0, answered: 0, replies: 0, pushes: 0, injected: 0 };
      entry.events += learner.events.length;
      // Events the bot answers: the second of a double tap is ignored silently.
      entry.answered += learner.events.length - learner.silentTwins;
      entry.replies += got.reply;
      entry.pushes += got.push;
      perKind[kind] = entry;
      // The second of a double tap is ignored silently by the bot.
      const expected = learner.events.length - learner.silentTwins;
      if (got.reply + got.push !== expected)
        problems.push(
          `${learner.userId} (${kind}): ${got.reply + got.push} messages for ${learner.events.length} events (${expected} expected)`,
        );
    }
    for (const call of api.calls) {
      const kind = kindOf.get(call.chatId ?? '');
      if (kind && perKind[kind] && call.answered !== 200) perKind[kind].injected++;
    }
    const output = bot.output();
    return {
      perKind,
      inbox,
      problems,
      alive: bot.alive(),
      exit: bot.exitStatus(),
      retryWarnings: (output.match(/send failed; will retry|resend failed; will retry/g) ?? []).length,
      crashSigns: output.split('\n').filter((line) => /unhandled|uncaught|ERR_UNHANDLED|fatal/i.test(line)),
    };
  } finally {
    client.close();
    await db.close();
    await bot.stop();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
