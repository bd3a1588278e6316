import { buildEvent, eventId, type UserAction } from '@mamoru/line-bot/events';
import { isCorrect, type KeyQuestion } from './answer-key.ts';
import type { FakeLineApi } from './fake-line-api.ts';
import { sleep } from './free-port.ts';
import type { Random } from './random.ts';
import type { SessionWatcher } from './session-watcher.ts';
import type { WebhookClient } from './webhook-client.ts';

export interface LearnerWorld {
  client: WebhookClient;
  api: FakeLineApi;
  sessions: SessionWatcher;
  key: Map<string, KeyQuestion>;
  /** Where to post (a fixed bot, or a proxy). */
  webhookUrl: () => string;
  redeliveryRate: number;
  doubleTapRate: number;
  /** Every event acknowledged with 200, in the order the acknowledgements arrived. */
  acked: string[];
  /** Every event sent at least once (originals, double taps; not counting redeliveries twice). */
  sent: Set<string>;
  /** HTTP requests made (originals, redeliveries, retries after failures). */
  requests: { count: number };
  /** Status of every request, for the drills to assert on. */
  statuses: Map<number, number>;
}

export interface LearnerResult {
  userId: string;
  topic: string;
  sessionId: string;
  questionIds: string[];
  correct: boolean[];
  /** Distinct events of this user (each gets exactly one reply or push, but see silentTwins). */
  events: string[];
  /** Double taps: the bot ignores an exact repeat of a postback within 2 s, without a reply. */
  silentTwins: number;
}

let lastTs = 0;
/** Strictly increasing event timestamps: a user's events are ordered by them. */
export const nextTimestamp = () => {
  lastTs = Math.max(Date.now(), lastTs + 1);
  return lastTs;
};

/** Posts one event until it is acknowledged with 200 (as LINE redelivers), bounded. */
async function deliverUntilAcked(
  world: LearnerWorld,
  event: Record<string, unknown>,
  id: string,
): Promise<void> {
  world.sent.add(id);
  for (let attempt = 0; attempt < 400; attempt++) {
    const body = attempt === 0 ? event : { ...event, deliveryContext: { isRedelivery: true } };
    world.requests.count++;
    const { status } = await world.client.deliver(world.webhookUrl(), [body]);
    world.statuses.set(status, (world.statuses.get(status) ?? 0) + 1);
    if (status === 200) {
      world.acked.push(id);
      return;
    }
    await sleep(Math.min(25 * 2 ** Math.min(attempt, 4), 400));
  }
  throw new Error(`event ${id} was never acknowledged`);
}

/**
 * One scripted learner: follows, starts a topic quiz, answers every question (toggling for
 * multiple-answer ones), with redeliveries and concurrent double taps. Each of the user's events is
 * sent after the previous one was acknowledged, as LINE does per chat; returns what must be stored.
 */
export async function runLearner(
  world: LearnerWorld,
  random: Random,
  userId: string,
  topic: string,
): Promise<LearnerResult> {
  const events: string[] = [];
  let silentTwins = 0;
  const background: Promise<unknown>[] = [];
  const act = async (action: UserAction, tappable = false) => {
    const replyToken = `${userId.slice(-8)}${eventId()}`;
    world.api.issueToken(replyToken, userId);
    const event = buildEvent(action, { userId, timestamp: nextTimestamp(), replyToken }) as unknown as Record<
      string,
      unknown
    >;
    const id = String(event.webhookEventId);
    events.push(id);
    const sends = [deliverUntilAcked(world, event, id)];
    if (tappable && random.chance(world.doubleTapRate)) {
      // A second tap on the same button: another event, sent at the same time.
      const token = `${userId.slice(-8)}${eventId()}`;
      world.api.issueToken(token, userId);
      const twin = buildEvent(action, {
        userId,
        timestamp: nextTimestamp(),
        replyToken: token,
      }) as unknown as Record<string, unknown>;
      events.push(String(twin.webhookEventId));
      silentTwins += 1;
      sends.push(deliverUntilAcked(world, twin, String(twin.webhookEventId)));
    }
    await Promise.all(sends);
    if (random.chance(world.redeliveryRate)) {
      // LINE resends the identical event (same id), racing with the user's next event.
      world.requests.count++;
      background.push(
        world.client
          .deliver(world.webhookUrl(), [{ ...event, deliveryContext: { isRedelivery: true } }])
          .then(({ status }) => {
            world.statuses.set(status, (world.statuses.get(status) ?? 0) + 1);
          }),
      );
    }
  };

  await act({ kind: 'follow' });
  await act({ kind: 'postback', data: `a=all&t=${topic}` });
  const session = await world.sessions.waitFor(userId);
  const correct: boolean[] = [];
  for (const questionId of session.questionIds) {
    const question = world.key.get(questionId);
    if (!question) throw new Error(`question ${questionId} is not in the answer key`);
    const right = random.chance(0.6);
    if (question.type === 'multiple') {
      const picks = right ? question.answer : [random.int(question.choices.length)];
      // Buttons set a choice on (not flip it), and 「これで答える」 carries the selection it showed.
      for (const c of picks)
        await act({ kind: 'postback', data: `a=tog&s=${session.id}&q=${questionId}&c=${c}&on=1` });
      const shown = [...new Set(picks)].sort((a, b) => a - b).join('.');
      await act({ kind: 'postback', data: `a=sub&s=${session.id}&q=${questionId}&c=${shown}` }, true);
      correct.push(isCorrect(question, picks));
    } else {
      const c = right ? (question.answer[0] ?? 0) : random.int(question.choices.length);
      await act({ kind: 'postback', data: `a=ans&s=${session.id}&q=${questionId}&c=${c}` }, true);
      correct.push(isCorrect(question, [c]));
    }
  }
  await Promise.all(background);
  return {
    userId,
    topic,
    sessionId: session.id,
    questionIds: session.questionIds,
    correct,
    events,
    silentTwins,
  };
}

/** Runs learners `concurrency` at a time until about `targetRequests` webhook requests were made. */
export async function runLearners(
  world: LearnerWorld,
  options: {
    targetRequests: number;
    concurrency: number;
    random: Random;
    userId: (n: number) => string;
    topics: string[];
  },
): Promise<LearnerResult[]> {
  const results: LearnerResult[] = [];
  let next = 0;
  const lane = async () => {
    while (world.requests.count < options.targetRequests) {
      const n = next++;
      const topic = options.topics[n % options.topics.length] ?? 'management';
      results.push(await runLearner(world, options.random, options.userId(n), topic));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  return results;
}
