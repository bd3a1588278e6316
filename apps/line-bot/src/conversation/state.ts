import type { ReviewDeck, Session } from '@mamoru/quiz';
import type { TeamPersonal } from '../teams/model.ts';

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
  /** A team step under way and recent join attempts (teams/). */
  team?: TeamPersonal | undefined;
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
