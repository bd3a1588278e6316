import {
  answerQuestion,
  countDue,
  currentQuestionId,
  findQuestion,
  isFinished,
  type Refusal,
  reviewAfterAnswer,
  type SessionSource,
  startSession,
  summarizeSession,
  toggleChoice,
} from '@mamoru/quiz';
import { menuActions } from '../messages/commands.ts';
import { topicMenu } from '../messages/menus.ts';
import { questionMessage } from '../messages/question.ts';
import { resultMessage } from '../messages/result.ts';
import { summaryMessage } from '../messages/summary.ts';
import { type Message, text } from '../messages/ui.ts';
import type { Context, Outcome } from './outcome.ts';
import type { UserState } from './state.ts';

const REFUSAL_TEXT: Record<Refusal, string> = {
  'wrong-session': 'そのボタンは前のクイズのものです。いまのクイズは「続き」で再開できます。',
  'already-answered': 'その問題にはもう答えています。答えは1回だけ数えます。',
  'not-current': 'その問題はまだ出ていません。「続き」でいまの問題を出します。',
  finished: 'このクイズはもう終わっています。「クイズ」で新しく始められます。',
  'invalid-choice': 'その選び方では答えられません。もう一度ボタンから選んでください。',
  'unknown-question': 'その問題は見つかりませんでした。「クイズ」で新しく始めてください。',
};

export function refusalReply(state: UserState, refusal: Refusal): Outcome {
  return { state, replies: [text(REFUSAL_TEXT[refusal], menuActions('resume', 'quiz', 'help'))] };
}

/** The current question of the active session as a message, if there is one. */
export function currentQuestionMessage(state: UserState, ctx: Context): Message | undefined {
  const session = state.session;
  if (!session || isFinished(session)) return undefined;
  const id = currentQuestionId(session);
  const question = id ? findQuestion(ctx.catalog.bank, id) : undefined;
  return question ? questionMessage(ctx.catalog, session, question) : undefined;
}

const EMPTY_TEXT: Record<SessionSource['kind'], string> = {
  topic: 'このテーマの問題はまだありません。ほかのテーマを選んでください。',
  track: 'このコースの問題はまだありません。',
  exam: '試験対策の問題はまだありません。',
  review: 'いま復習する問題はありません。',
};

/** Starts a new session (replacing any unfinished one) and asks its first question. */
export function startQuiz(
  state: UserState,
  source: SessionSource,
  ctx: Context,
  intro?: string,
  limit?: number,
): Outcome {
  const session = startSession(ctx.catalog.bank, source, {
    id: ctx.newId(),
    now: ctx.now,
    deck: state.deck,
    limit,
  });
  if (!session) {
    const reply =
      source.kind === 'topic'
        ? topicMenu(ctx.catalog, 0, EMPTY_TEXT.topic)
        : text(EMPTY_TEXT[source.kind], menuActions('quiz', 'help'));
    return { state, replies: [reply] };
  }
  const next = { ...state, session };
  const question = currentQuestionMessage(next, ctx);
  const replies = [...(intro ? [text(intro)] : []), ...(question ? [question] : [])];
  return { state: next, replies };
}

/** Grades an answer, records it once, schedules its review, and replies with the result. */
export function submitAnswer(
  state: UserState,
  answer: { sessionId: string; questionId: string; choices: readonly number[] },
  ctx: Context,
): Outcome {
  if (!state.session) return refusalReply(state, 'wrong-session');
  const outcome = answerQuestion(ctx.catalog.bank, state.session, answer, ctx.now);
  if (!outcome.ok) return refusalReply(state, outcome.refusal);
  const { session, question, grade } = outcome;
  const score = state.scores[question.topic] ?? { correct: 0, total: 0 };
  const missed = grade.correct
    ? state.missedLessons
    : [question.lesson, ...state.missedLessons.filter((l) => l !== question.lesson)].slice(0, 10);
  const next: UserState = {
    ...state,
    session,
    deck: reviewAfterAnswer(state.deck, question.id, grade.correct, ctx.now),
    scores: {
      ...state.scores,
      [question.topic]: { correct: score.correct + (grade.correct ? 1 : 0), total: score.total + 1 },
    },
    missedLessons: missed,
  };
  const replies = [resultMessage(ctx.catalog, session, question, grade)];
  if (isFinished(session)) {
    replies.push(
      summaryMessage(
        ctx.catalog,
        summarizeSession(ctx.catalog.bank, session),
        countDue(ctx.catalog.bank, next.deck, ctx.now),
      ),
    );
  }
  const row = session.answers.at(-1);
  return { state: next, replies, answers: row ? [{ sessionId: session.id, ...row }] : [] };
}

/** A tap on one choice of a multiple-answer question: redraw the bubble with the toggled choice. */
export function toggle(
  state: UserState,
  pick: { sessionId: string; questionId: string; choice: number },
  ctx: Context,
): Outcome {
  if (!state.session) return refusalReply(state, 'wrong-session');
  const outcome = toggleChoice(ctx.catalog.bank, state.session, pick);
  if (!outcome.ok) return refusalReply(state, outcome.refusal);
  const next = { ...state, session: outcome.session };
  const question = currentQuestionMessage(next, ctx);
  return { state: next, replies: question ? [question] : [] };
}

/** 「これで答える」 on a multiple-answer question: grade the toggled draft. */
export function submitDraft(
  state: UserState,
  ids: { sessionId: string; questionId: string },
  ctx: Context,
): Outcome {
  const session = state.session;
  if (
    session &&
    session.id === ids.sessionId &&
    session.draft.length === 0 &&
    currentQuestionId(session) === ids.questionId
  ) {
    return { state, replies: [text('1つ以上選んでから「これで答える」を押してください。')] };
  }
  return submitAnswer(state, { ...ids, choices: session?.draft ?? [] }, ctx);
}

/** 「次の問題へ」 */
export function nextQuestion(state: UserState, sessionId: string, ctx: Context): Outcome {
  if (state.session?.id !== sessionId) return refusalReply(state, 'wrong-session');
  const question = currentQuestionMessage(state, ctx);
  return question ? { state, replies: [question] } : refusalReply(state, 'finished');
}

/** 続き */
export function resume(state: UserState, ctx: Context): Outcome {
  const question = currentQuestionMessage(state, ctx);
  if (question) return { state, replies: [question] };
  return {
    state,
    replies: [text('途中のクイズはありません。新しく始めましょう。', menuActions('quiz', 'review', 'exam'))],
  };
}
