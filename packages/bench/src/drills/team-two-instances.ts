import { buildEvent, eventId, type UserAction } from '@mamoru/line-bot/events';
import { startPostgres } from '@mamoru/line-bot/test-postgres';
import { loadAnswerKey, quizTopics } from '../answer-key.ts';
import { openPostgresReader } from '../bot-db.ts';
import { CHANNEL_SECRET, startBotProcess } from '../bot-process.ts';
import { type FakeLineApi, startFakeLineApi } from '../fake-line-api.ts';
import { sleep } from '../free-port.ts';
import { type LearnerResult, nextTimestamp, runLearner } from '../learner.ts';
import { lineUserId, seededRandom } from '../random.ts';
import { waitUntilSettled } from '../verify.ts';
import { type WebhookClient, webhookClient } from '../webhook-client.ts';
import { learnerWorld } from './world.ts';

/** The owner's view shows a topic's rate only where at least this many members answered it. */
const MIN_MEMBERS_PER_TOPIC = 3;

/** Posts one event to one instance until it is acknowledged (bounded); returns its id. */
async function sendTo(
  client: WebhookClient,
  api: FakeLineApi,
  url: string,
  userId: string,
  action: UserAction,
): Promise<string> {
  const replyToken = `${userId.slice(-8)}${eventId()}`;
  api.issueToken(replyToken, userId);
  const event = buildEvent(action, { userId, timestamp: nextTimestamp(), replyToken });
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await client.deliver(`${url}/webhook`, [event])).status === 200) return event.webhookEventId;
    await sleep(100);
  }
  throw new Error(`${action.kind} of ${userId} was never acknowledged`);
}

/** Waits (bounded) for a reply to `userId` whose messages contain `pattern`; returns their JSON. */
async function replyTo(api: FakeLineApi, userId: string, pattern: RegExp, after: number): Promise<string> {
  for (let round = 0; round < 600; round++) {
    const found = api.delivered
      .slice(after)
      .filter((call) => call.chatId === userId)
      .map((call) => JSON.stringify(call.messages))
      .find((json) => pattern.test(json));
    if (found) return found;
    await sleep(50);
  }
  throw new Error(`no reply to ${userId} matching ${pattern}`);
}

/** [left, right] of every two-label row in a Flex bubble (the owner's view: names and topics). */
function rowsOf(json: string): [string, string][] {
  const rows: [string, string][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      const box = node as { layout?: string; contents?: unknown };
      const texts = Array.isArray(box.contents)
        ? box.contents.map((c) => (c as { text?: unknown }).text)
        : undefined;
      if (box.layout === 'horizontal' && texts?.length === 2 && texts.every((t) => typeof t === 'string'))
        rows.push(texts as [string, string]);
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(JSON.parse(json));
  return rows;
}

/** What the owner's view must say about the topics, from what the learners did. */
function expectedTopicRates(learners: readonly LearnerResult[]): string[] {
  const byTopic = new Map<string, { members: number; correct: number; total: number }>();
  for (const learner of learners) {
    const entry = byTopic.get(learner.topic) ?? { members: 0, correct: 0, total: 0 };
    entry.members += 1;
    entry.correct += learner.correct.filter(Boolean).length;
    entry.total += learner.correct.length;
    byTopic.set(learner.topic, entry);
  }
  return [...byTopic.values()]
    .filter((t) => t.members >= MIN_MEMBERS_PER_TOPIC)
    .map((t) => `${Math.round((100 * t.correct) / t.total)}%（${t.members}人）`)
    .sort();
}

/**
 * A team across two bot processes on one PostgreSQL: the owner makes the team on one instance,
 * each member's join steps alternate between the instances, and their quiz answers are spread
 * over both (with redeliveries and double taps). Then the owner asks 「チームの様子」 of each
 * instance. Nothing acknowledged may be lost, and the owner's view must match what the members did.
 */
export async function teamTwoInstancesDrill(options: { members: number; seed?: number }) {
  const postgres = await startPostgres();
  const databaseUrl = await postgres.createDatabase();
  const api = await startFakeLineApi();
  const bots = [
    await startBotProcess({ lineApiUrl: api.url, databaseUrl }),
    await startBotProcess({ lineApiUrl: api.url, databaseUrl }),
  ] as const;
  const [a, b] = bots;
  const db = openPostgresReader(databaseUrl);
  const client = webhookClient(CHANNEL_SECRET);
  const acked: string[] = [];
  try {
    const owner = lineUserId(13, 0);
    acked.push(await sendTo(client, api, a.url, owner, { kind: 'follow' }));
    acked.push(await sendTo(client, api, b.url, owner, { kind: 'text', text: 'チームを作る' }));
    const before = api.delivered.length;
    acked.push(await sendTo(client, api, a.url, owner, { kind: 'text', text: '山田商店' }));
    const code = /チーム参加 ([0-9A-Z]{10})/.exec(
      await replyTo(api, owner, /チーム参加 [0-9A-Z]{10}/, before),
    )?.[1];
    if (!code) throw new Error('no invite code');

    // Each member's steps alternate between the instances: the consent lands where the name did not.
    const members = Array.from({ length: options.members }, (_, n) => ({
      userId: lineUserId(13, n + 1),
      name: `社員${n + 1}`,
    }));
    await Promise.all(
      members.map(async (m, n) => {
        const [first, second] = n % 2 === 0 ? [a, b] : [b, a];
        acked.push(await sendTo(client, api, first.url, m.userId, { kind: 'follow' }));
        acked.push(
          await sendTo(client, api, second.url, m.userId, { kind: 'text', text: `チーム参加 ${code}` }),
        );
        acked.push(await sendTo(client, api, first.url, m.userId, { kind: 'text', text: m.name }));
        acked.push(await sendTo(client, api, second.url, m.userId, { kind: 'text', text: '同意して参加' }));
      }),
    );
    // Joined first (the owner counts answers given since joining), then the answers.
    await waitUntilSettled(db, { allowSending: true });
    let turn = 0;
    const world = learnerWorld({
      client,
      api,
      db,
      key: loadAnswerKey(),
      webhookUrl: () => `${bots[turn++ % 2]?.url}/webhook`,
    });
    const topics = quizTopics(world.key).slice(0, 3); // 3 topics: each gets enough members to be shown
    const random = seededRandom(options.seed ?? 13);
    const learners = await Promise.all(
      members.map((m, n) => runLearner(world, random, m.userId, topics[n % topics.length] as string)),
    );
    acked.push(...world.acked);
    await waitUntilSettled(db, { allowSending: true });

    // The owner's view, asked of each instance.
    const views: string[] = [];
    for (const bot of bots) {
      const start = api.delivered.length;
      acked.push(await sendTo(client, api, bot.url, owner, { kind: 'text', text: 'チームの様子' }));
      views.push(await replyTo(api, owner, /の様子/, start));
    }
    const rows = rowsOf(views[0] as string);
    const problems: string[] = [];
    if (views[0] !== views[1]) problems.push('the two instances show the owner different views');
    const joined = await db.rows("SELECT display_name FROM team_members WHERE role = 'member'");
    if (joined.length !== members.length)
      problems.push(`${joined.length} members stored, expected ${members.length}`);
    for (const learner of learners) {
      const name = members.find((m) => m.userId === learner.userId)?.name;
      const shown = rows.find(([left]) => left === name)?.[1];
      if (!shown?.startsWith(`${learner.questionIds.length}問・`))
        problems.push(`${name}: the owner sees "${shown}", expected ${learner.questionIds.length} answers`);
      const stored = await db.rows('SELECT question_id FROM answers WHERE user_key = $1', [learner.userId]);
      if (stored.length !== learner.questionIds.length)
        problems.push(`${name}: ${stored.length} answer rows, expected ${learner.questionIds.length}`);
    }
    const topicRates = rows
      .map(([, right]) => right)
      .filter((right) => right.includes('%（'))
      .sort();
    const expectedRates = expectedTopicRates(learners);
    if (JSON.stringify(topicRates) !== JSON.stringify(expectedRates))
      problems.push(`topic rates ${JSON.stringify(topicRates)}, expected ${JSON.stringify(expectedRates)}`);
    const inbox = new Set((await db.rows('SELECT event_id FROM inbox')).map((r) => String(r.event_id)));
    const lost = acked.filter((id) => !inbox.has(id));
    if (lost.length > 0) problems.push(`${lost.length} acknowledged events are not in the inbox`);
    return {
      members: members.length,
      events: acked.length,
      answers: learners.reduce((sum, l) => sum + l.questionIds.length, 0),
      studiedLine: /学んだ人: \d+ \/ \d+人/.exec(views[0] as string)?.[0],
      topicRates,
      problems,
      alive: a.alive() && b.alive(),
    };
  } finally {
    client.close();
    await db.close();
    for (const bot of bots) await bot.stop();
    await api.close();
    await postgres.stop();
  }
}
