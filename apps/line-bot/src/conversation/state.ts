import { isFinished, type ReviewDeck, type Session, type SessionSource } from '@mamoru/quiz';
import type { TeamPersonal } from '../teams/model.ts';

/** What a user can ask to practise: the engine's sources, or the questions of one lesson. */
export type SetRequest = SessionSource | { kind: 'lesson'; lesson: string };

/** Everything stored about one learner: one JSON document per user (plus answer rows). */
export interface UserState {
  version: 1;
  userKey: string;
  createdAt: string;
  session?: Session | undefined;
  deck: ReviewDeck;
  /** Right answers and answers per topic, over all sessions. */
  scores: Record<string, { correct: number; total: number }>;
  /** Lessons behind recent wrong answers, newest first (at most 10). */
  missedLessons: string[];
  /** Opted in to one question a day by push. */
  daily: boolean;
  /** Japan date (YYYY-MM-DD) of the last daily push. */
  lastDaily?: string | undefined;
  unfollowedAt?: string | undefined;
  /** Waiting for the answer to "delete everything?". */
  confirmingDelete?: boolean | undefined;
  /** Month (YYYY-MM, Japan) in which the push budget left this user's daily question out. */
  dailyPausedMonth?: string | undefined;
  /** Month in which the user was told so (once a month, on a reply). */
  dailyPauseTold?: string | undefined;
  /** The lesson of the current session when it is a one-lesson set (「だましのメール」). */
  sessionLesson?: string | undefined;
  /** A set asked for while another was in progress, started on 「新しく始める」. */
  pendingStart?: SetRequest | undefined;
  /** The id of the last question shown: a typed answer counts only for it. */
  askedQuestion?: string | undefined;
  /** The last postback (data and event time in ms): an exact repeat within 2 s is a double tap. */
  lastPostback?: { data: string; at: number } | undefined;
  /** A team step under way and recent join attempts (teams/). */
  team?: TeamPersonal | undefined;
}

/** A session that has started and not finished: something 「続き」 can continue. */
export function inProgress(state: UserState | undefined): boolean {
  return state?.session !== undefined && !isFinished(state.session);
}

/** Whether anything about the user is stored beyond a fresh state (scores, reviews, a session). */
export function hasRecords(state: UserState | undefined): boolean {
  return (
    state !== undefined &&
    (Object.keys(state.scores).length > 0 ||
      Object.keys(state.deck).length > 0 ||
      state.session !== undefined)
  );
}

export function newUserState(userKey: string, now: Date): UserState {
  return {
    version: 1,
    userKey,
    createdAt: now.toISOString(),
    deck: {},
    scores: {},
    missedLessons: [],
    daily: false,
  };
}

/** One answer row to record (once per user, session, question). */
export interface AnswerRow {
  sessionId: string;
  questionId: string;
  correct: boolean;
  choices: number[];
  at: string;
}
