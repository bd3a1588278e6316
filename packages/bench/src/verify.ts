import { type BotDb, inboxStatus } from './bot-db.ts';
import { sleep } from './free-port.ts';
import type { LearnerResult } from './learner.ts';

/** Waits (bounded) until the bot has handled and sent everything in its inbox. */
export async function waitUntilSettled(
  db: BotDb,
  options: { allowSending?: boolean; maxRounds?: number } = {},
): Promise<Record<string, number>> {
  let status: Record<string, number> = {};
  for (let round = 0; round < (options.maxRounds ?? 1200); round++) {
    status = await inboxStatus(db);
    // A row left 'sending' by a killed process is resent only after the bot's 60 s lease.
    if (!status.pending && !status.handled && (options.allowSending || !status.sending)) return status;
    await sleep(100);
  }
  throw new Error(`the inbox did not settle: ${JSON.stringify(status)}`);
}

/**
 * Compares what the bot stored with what the learners did. Returns a list of differences (empty when
 * everything is exact): per user the score, the answer rows and their order, and every event id.
 */
export async function compareStored(
  db: BotDb,
  learners: readonly LearnerResult[],
  acked: readonly string[],
): Promise<string[]> {
  const problems: string[] = [];
  const states = new Map<
    string,
    {
      scores: Record<string, { correct: number; total: number }>;
      session?: { id: string; answers: { questionId: string; correct: boolean }[] };
    }
  >();
  for (const row of await db.rows('SELECT user_key, state FROM users'))
    states.set(String(row.user_key), JSON.parse(String(row.state)));
  const answers = new Map<string, { question: string; correct: boolean; at: number; session: string }[]>();
  for (const row of await db.rows(
    'SELECT user_key, session_id, question_id, correct, answered_at FROM answers',
  )) {
    const list = answers.get(String(row.user_key)) ?? [];
    list.push({
      question: String(row.question_id),
      correct: Number(row.correct) === 1,
      at: Number(row.answered_at),
      session: String(row.session_id),
    });
    answers.set(String(row.user_key), list);
  }
  const inbox = new Set((await db.rows('SELECT event_id FROM inbox')).map((r) => String(r.event_id)));

  for (const learner of learners) {
    const state = states.get(learner.userId);
    const expectedScore = { correct: learner.correct.filter(Boolean).length, total: learner.correct.length };
    const score = state?.scores[learner.topic];
    if (JSON.stringify(score) !== JSON.stringify(expectedScore))
      problems.push(
        `${learner.userId}: score ${JSON.stringify(score)}, expected ${JSON.stringify(expectedScore)}`,
      );
    const inSession = state?.session?.answers.map((a) => `${a.questionId}:${a.correct}`).join(',');
    const expected = learner.questionIds.map((q, i) => `${q}:${learner.correct[i]}`).join(',');
    if (inSession !== expected)
      problems.push(`${learner.userId}: session answers ${inSession}, expected ${expected}`);
    const rows = answers.get(learner.userId) ?? [];
    if (rows.length !== learner.questionIds.length)
      problems.push(`${learner.userId}: ${rows.length} answer rows, expected ${learner.questionIds.length}`);
    for (const [i, questionId] of learner.questionIds.entries()) {
      const row = rows.find((r) => r.question === questionId);
      if (!row || row.correct !== learner.correct[i] || row.session !== learner.sessionId)
        problems.push(`${learner.userId}: answer row for ${questionId} is ${JSON.stringify(row)}`);
      const before = rows.find((r) => r.question === learner.questionIds[i - 1]);
      if (row && before && before.at > row.at)
        problems.push(`${learner.userId}: ${questionId} stored before the previous question`);
    }
  }
  const missing = acked.filter((id) => !inbox.has(id));
  if (missing.length > 0)
    problems.push(
      `${missing.length} acknowledged events are not in the inbox, e.g. ${missing.slice(0, 3).join(', ')}`,
    );
  const expectedEvents = new Set(learners.flatMap((l) => l.events));
  if (inbox.size !== expectedEvents.size)
    problems.push(`inbox has ${inbox.size} events, expected ${expectedEvents.size}`);
  if (states.size !== learners.length)
    problems.push(`${states.size} users stored, expected ${learners.length}`);
  return problems;
}
