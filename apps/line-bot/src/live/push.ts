import type { QuizQuestion } from '@mamoru/quiz';
import type { LineClient } from '../line/client.ts';
import type { LiveStore } from './live-store.ts';
import { liveQuestionMessage } from './messages.ts';

export type PushCheck =
  | { ok: true; recipients: string[] }
  | { ok: false; needed: number; remaining: number; limit: number; used: number };

/**
 * Pushing an opened question costs one message per participant from the month's quota (replies
 * cost nothing). Checked first: a room that would not fit is refused with the numbers.
 */
export async function checkPushBudget(
  line: Pick<LineClient, 'budget'>,
  live: LiveStore,
  sessionId: string,
): Promise<PushCheck> {
  // Only LINE users can be pushed to; web participants (web:...) reload their page.
  const recipients = (await live.participantKeys(sessionId)).filter((key) => /^U[0-9a-f]{32}$/.test(key));
  // The push budget's view: LINE's quota, minus the reserve kept for expired-reply fallbacks.
  const { limit, used, reserve } = await line.budget.status();
  if (limit === null) return { ok: true, recipients };
  const remaining = Math.max(0, limit - used - reserve);
  return recipients.length <= remaining
    ? { ok: true, recipients }
    : { ok: false, needed: recipients.length, remaining, limit, used };
}

/** Pushes the card to each recipient, a few at a time; a retry key per person makes a retry safe. */
export async function pushQuestion(
  line: Pick<LineClient, 'push'>,
  sessionId: string,
  question: QuizQuestion,
  recipients: readonly string[],
  onError: (error: unknown) => void,
): Promise<void> {
  const queue = [...recipients];
  const message = liveQuestionMessage(sessionId, question, undefined);
  const worker = async () => {
    for (let to = queue.shift(); to; to = queue.shift()) {
      await line.push(to, [message], `live:${sessionId}:${question.id}:${to}`, 'live').catch(onError);
    }
  };
  await Promise.all(Array.from({ length: 5 }, worker));
}
