import { countDue, type SessionSource } from '@mamoru/quiz';
import { text } from '../messages/ui.ts';
import type { Context, Outcome } from './outcome.ts';
import { askCurrent, startQuiz } from './quiz-flow.ts';
import { inProgress, type UserState } from './state.ts';

/** The opt-in daily question: a due review first, else one question from the topic of the day. */
export function dailyQuestion(state: UserState, japanDate: string, ctx: Context): Outcome {
  const marked = { ...state, lastDaily: japanDate };
  // A set half done is never replaced by the daily question: its next question is sent instead.
  const current = state.session && inProgress(state) && state.session.answers.length > 0;
  const resumed = current ? askCurrent(marked, ctx) : undefined;
  if (resumed) {
    return {
      state: resumed.state,
      replies: [text('今日の1問の代わりに、途中のクイズの続きをどうぞ。'), resumed.message],
    };
  }
  const topics = ctx.catalog.quizTopics;
  const day = Math.floor(Date.parse(`${japanDate}T00:00:00Z`) / 86_400_000);
  const topic = topics[day % Math.max(topics.length, 1)];
  const due = countDue(ctx.catalog.bank, state.deck, ctx.now) > 0;
  const source: SessionSource | undefined = due
    ? { kind: 'review' }
    : topic
      ? { kind: 'topic', topic: topic.id }
      : undefined;
  if (!source) return { state: marked, replies: [] };
  return startQuiz(marked, source, ctx, '今日の1問です。', 1);
}
