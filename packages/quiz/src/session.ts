import { type Grade, gradeAnswer, isValidPick } from './grade.ts';
import { type SelectOptions, selectQuestions } from './select.ts';
import type { QuizBank, QuizQuestion, Session, SessionSource } from './types.ts';

export interface StartOptions extends Omit<SelectOptions, 'seed'> {
  /** Session id chosen by the caller (the engine makes no random ids); also seeds the shuffle. */
  id: string;
}

/** Starts a session, or returns undefined when the source has no questions (e.g. nothing due). */
export function startSession(
  bank: QuizBank,
  source: SessionSource,
  options: StartOptions,
): Session | undefined {
  const questionIds = selectQuestions(bank, source, { ...options, seed: options.id });
  if (questionIds.length === 0) return undefined;
  return {
    id: options.id,
    source,
    questionIds,
    answers: [],
    draft: [],
    startedAt: options.now.toISOString(),
  };
}

export function findQuestion(bank: QuizBank, id: string): QuizQuestion | undefined {
  return bank.questions.find((q) => q.id === id);
}

/** The question to answer now, or undefined when the session is finished. */
export function currentQuestionId(session: Session): string | undefined {
  return session.questionIds[session.answers.length];
}

export function isFinished(session: Session): boolean {
  return session.answers.length >= session.questionIds.length;
}

/** Why an answer was not taken. */
export type Refusal =
  | 'wrong-session' // a button from another (older) session
  | 'already-answered' // a second tap on an answered question
  | 'not-current' // a question further ahead, or one not in this session
  | 'finished'
  | 'invalid-choice'
  | 'unknown-question';

export type AnswerOutcome =
  | { ok: true; session: Session; question: QuizQuestion; grade: Grade }
  | { ok: false; refusal: Refusal };

/** Checks that (sessionId, questionId) names the current question of the session. */
function checkTurn(session: Session, sessionId: string, questionId: string): Refusal | undefined {
  if (session.id !== sessionId) return 'wrong-session';
  if (session.answers.some((a) => a.questionId === questionId)) return 'already-answered';
  if (isFinished(session)) return 'finished';
  if (currentQuestionId(session) !== questionId) return 'not-current';
  return undefined;
}

/** Answers the current question; never records a question twice. */
export function answerQuestion(
  bank: QuizBank,
  session: Session,
  answer: { sessionId: string; questionId: string; choices: readonly number[] },
  now: Date,
): AnswerOutcome {
  const refusal = checkTurn(session, answer.sessionId, answer.questionId);
  if (refusal) return { ok: false, refusal };
  const question = findQuestion(bank, answer.questionId);
  if (!question) return { ok: false, refusal: 'unknown-question' };
  const choices = [...answer.choices].sort((a, b) => a - b);
  if (!isValidPick(question, choices)) return { ok: false, refusal: 'invalid-choice' };
  const grade = gradeAnswer(question, choices);
  const record = { questionId: question.id, choices, correct: grade.correct, at: now.toISOString() };
  return {
    ok: true,
    question,
    grade,
    session: { ...session, answers: [...session.answers, record], draft: [] },
  };
}

export type ToggleOutcome = { ok: true; session: Session } | { ok: false; refusal: Refusal };

/** Toggles one choice of the current multiple-answer question in the session's draft. */
export function toggleChoice(
  bank: QuizBank,
  session: Session,
  pick: { sessionId: string; questionId: string; choice: number },
): ToggleOutcome {
  const refusal = checkTurn(session, pick.sessionId, pick.questionId);
  if (refusal) return { ok: false, refusal };
  const question = findQuestion(bank, pick.questionId);
  if (!question) return { ok: false, refusal: 'unknown-question' };
  if (question.type !== 'multiple' || !isValidPick(question, [pick.choice])) {
    return { ok: false, refusal: 'invalid-choice' };
  }
  const draft = session.draft.includes(pick.choice)
    ? session.draft.filter((c) => c !== pick.choice)
    : [...session.draft, pick.choice].sort((a, b) => a - b);
  return { ok: true, session: { ...session, draft } };
}
