import {
  answerQuestion,
  countDue,
  currentQuestionId,
  findQuestion,
  isFinished,
  nextDueAt,
  type Refusal,
  reviewAfterAnswer,
  summarizeSession,
  toggleChoice,
} from '@mamoru/quiz';
import { menuActions } from '../messages/commands.ts';
import { topicMenu } from '../messages/menus.ts';
import { questionMessage } from '../messages/question.ts';
import { resultMessage } from '../messages/result.ts';
import { replaceSetQuestion, selectionMessage } from '../messages/selection.ts';
import { summaryMessage } from '../messages/summary.ts';
import { type Message, text } from '../messages/ui.ts';
import type { Context, Outcome } from './outcome.ts';
import type { Command } from './postback.ts';
import { createSession, currentSet, setTitle } from './sets.ts';
import { inProgress, type SetRequest, type UserState } from './state.ts';

/** What to offer next: 「続き」 only when there is something to continue. */
export function nextSteps(state: UserState): Command[] {
  return inProgress(state) ? ['resume', 'quiz', 'help'] : ['quiz', 'review', 'help'];
}

const REFUSAL_TEXT: Record<Refusal, (resumable: boolean) => string> = {
  'wrong-session': (resumable) =>
    resumable
      ? 'そのボタンは前のクイズのものです。いまのクイズは「続き」と送ると出てきます。'
      : 'そのボタンは前のクイズのものです。新しく始めるなら「クイズ」、間違えた問題は「復習」と送ってください。',
  'already-answered': (resumable) =>
    `その問題にはもう答えています。答えは1回だけ数えます。${resumable ? '次の問題は「続き」と送ると出てきます。' : ''}`,
  'not-current': () => 'その問題はまだ出ていません。「続き」と送ると、いまの問題を出します。',
  finished: () => 'このクイズはもう終わっています。新しく始めるなら「クイズ」と送ってください。',
  'invalid-choice': () => 'その選び方では答えられません。もう一度ボタンから選んでください。',
  'unknown-question': () => 'その問題は見つかりませんでした。「クイズ」と送って、新しく始めてください。',
};

export function refusalReply(state: UserState, refusal: Refusal): Outcome {
  const text_ = REFUSAL_TEXT[refusal](inProgress(state));
  return { state, replies: [text(text_, menuActions(...nextSteps(state)))] };
}

/**
 * Asks the current question: its message, and the state noting it was shown (a typed 「ア」 answers
 * only a question the user has seen, never the next one still hidden behind 「次の問題へ」).
 */
export function askCurrent(
  state: UserState,
  ctx: Context,
): { state: UserState; message: Message } | undefined {
  const message = currentQuestionMessage(state, ctx);
  const id = state.session ? currentQuestionId(state.session) : undefined;
  return message && id ? { state: { ...state, askedQuestion: id }, message } : undefined;
}

/** The current question of the active session as a message, if there is one. */
function currentQuestionMessage(state: UserState, ctx: Context): Message | undefined {
  const session = state.session;
  if (!session || isFinished(session)) return undefined;
  const id = currentQuestionId(session);
  const question = id ? findQuestion(ctx.catalog.bank, id) : undefined;
  if (!question) return undefined;
  const set = currentSet(state);
  const title = set?.kind === 'lesson' ? setTitle(ctx.catalog, set) : undefined;
  return questionMessage(ctx.catalog, session, question, title);
}

const EMPTY_TEXT: Record<SetRequest['kind'], string> = {
  topic: 'このテーマの問題はまだありません。ほかのテーマを選んでください。',
  lesson: 'このレッスンの問題はまだありません。ほかのテーマを選んでください。',
  track: 'このコースの問題はまだありません。',
  exam: '試験対策の問題はまだありません。',
  review: 'いま復習する問題はありません。',
};

/** Starts a new set (replacing any unfinished one) and asks its first question. */
export function startQuiz(
  state: UserState,
  request: SetRequest,
  ctx: Context,
  intro?: string,
  limit?: number,
): Outcome {
  const session = createSession(ctx.catalog, request, {
    id: ctx.newId(),
    now: ctx.now,
    deck: state.deck,
    limit,
  });
  if (!session) {
    const reply =
      request.kind === 'topic' || request.kind === 'lesson'
        ? topicMenu(ctx.catalog, 0, EMPTY_TEXT[request.kind])
        : text(EMPTY_TEXT[request.kind], menuActions('quiz', 'help'));
    return { state: { ...state, pendingStart: undefined }, replies: [reply] };
  }
  const next: UserState = {
    ...state,
    session,
    sessionLesson: request.kind === 'lesson' ? request.lesson : undefined,
    pendingStart: undefined,
  };
  const asked = askCurrent(next, ctx);
  const replies = [...(intro ? [text(intro)] : []), ...(asked ? [asked.message] : [])];
  return { state: asked?.state ?? next, replies };
}

/**
 * A set the user asked for: started at once, unless another set is half done; then the user is
 * asked first (「続きをする」 or 「新しく始める」), so a 10-question course is never dropped silently.
 */
export function beginSet(state: UserState, request: SetRequest, ctx: Context, intro?: string): Outcome {
  const session = state.session;
  if (!session || isFinished(session) || session.answers.length === 0) {
    return startQuiz(state, request, ctx, intro);
  }
  const current = currentSet(state);
  const name = current ? setTitle(ctx.catalog, current) : 'クイズ';
  const position = `${session.answers.length + 1}/${session.questionIds.length}`;
  return {
    state: { ...state, pendingStart: request },
    replies: [replaceSetQuestion(name, position, setTitle(ctx.catalog, request))],
  };
}

/** 「新しく始める」: the set that was asked for while another was in progress. */
export function startPending(state: UserState, ctx: Context): Outcome {
  if (!state.pendingStart) {
    return {
      state,
      replies: [text('始めるクイズを、もう一度選んでください。', menuActions('quiz', 'review'))],
    };
  }
  return startQuiz(state, state.pendingStart, ctx);
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
  const row = session.answers.at(-1);
  const replies = [resultMessage(ctx.catalog, session, question, grade, row?.choices ?? [])];
  if (isFinished(session)) {
    const due = countDue(ctx.catalog.bank, next.deck, ctx.now);
    replies.push(
      summaryMessage(
        ctx.catalog,
        summarizeSession(ctx.catalog.bank, session),
        due,
        due === 0 ? nextDueAt(next.deck) : undefined,
        !next.daily,
      ),
    );
  }
  return { state: next, replies, answers: row ? [{ sessionId: session.id, ...row }] : [] };
}

/**
 * A tap on one choice of a multiple-answer question: sets it on or off (a repeated tap changes
 * nothing) and answers with a short message showing the selection and its own 「これで答える」.
 */
export function setChoice(
  state: UserState,
  pick: { sessionId: string; questionId: string; choice: number; on: boolean },
  ctx: Context,
): Outcome {
  if (!state.session) return refusalReply(state, 'wrong-session');
  const checked = toggleChoice(ctx.catalog.bank, state.session, pick);
  if (!checked.ok) return refusalReply(state, checked.refusal);
  const others = state.session.draft.filter((c) => c !== pick.choice);
  const draft = (pick.on ? [...others, pick.choice] : others).sort((a, b) => a - b);
  const session = { ...state.session, draft };
  const question = findQuestion(ctx.catalog.bank, pick.questionId);
  const next = { ...state, session };
  return { state: next, replies: question ? [selectionMessage(session, question)] : [] };
}

/**
 * 「これで答える」: grades exactly the selection shown on the card that was tapped (also an older
 * card), never a selection the user did not see.
 */
export function submitSelection(
  state: UserState,
  answer: { sessionId: string; questionId: string; choices: readonly number[] },
  ctx: Context,
): Outcome {
  if (answer.choices.length === 0) {
    return { state, replies: [text('1つ以上選んでから「これで答える」を押してください。')] };
  }
  return submitAnswer(state, answer, ctx);
}

/** 「次の問題へ」 */
export function nextQuestion(state: UserState, sessionId: string, ctx: Context): Outcome {
  if (state.session?.id !== sessionId) return refusalReply(state, 'wrong-session');
  const asked = askCurrent(state, ctx);
  return asked ? { state: asked.state, replies: [asked.message] } : refusalReply(state, 'finished');
}

/** 続き */
export function resume(state: UserState, ctx: Context): Outcome {
  const asked = askCurrent(state, ctx);
  if (asked) return { state: { ...asked.state, pendingStart: undefined }, replies: [asked.message] };
  return {
    state,
    replies: [
      text(
        '途中のクイズはありません。新しく始めるなら「クイズ」、間違えた問題は「復習」と送ってください。',
        menuActions('quiz', 'review', 'exam'),
      ),
    ],
  };
}
