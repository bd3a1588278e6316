/** Shapes shared by the live-seminar core, its storage and its HTTP routes. */

/** Sessions expire this long after the presenter's last call. */
export const LIVE_TTL_MS = 12 * 3_600_000;

export type LiveStatus = 'active' | 'ended' | 'expired';

/** What a participant's event may know about a session (read before the pure step). */
export interface LiveSessionView {
  id: string;
  code: string;
  deckId: string;
  status: LiveStatus;
  /** The question open now, if any. */
  openQuestion?: string | undefined;
  /** Questions opened so far and closed again (their answers are revealed), in opening order. */
  closed: string[];
}

/** The participant's side: their latest joined session and their answers in it. */
export interface LiveMembership {
  session: LiveSessionView;
  /** Question id -> the choice that counts (the last one given while it was open). */
  answers: Record<string, number>;
  /** They asked that this seminar's questions stay out of their review. */
  noReview: boolean;
}

/** Loaded before the pure handler runs, for this event only. */
export interface LiveContext {
  /** Set when the event's text is 「参加 1234」: that code's live session, or null when none is active. */
  byCode?: LiveSessionView | null | undefined;
  mine?: LiveMembership | undefined;
}

/** Rows a participant's event writes, all keyed by that participant (stored in their transaction). */
export type LiveWrite =
  | { kind: 'join'; sessionId: string }
  | { kind: 'answer'; sessionId: string; questionId: string; choice: number }
  | { kind: 'no-review'; sessionId: string };

/** What the presenter windows show: the contract's tally object. */
export interface Tally {
  participants: number;
  /** The open question, else the last one opened (null before the first). */
  questionId: string | null;
  /** Answers per choice of that question. */
  counts: number[];
  /** How many answered that question. */
  answered: number;
  open: boolean;
  status: LiveStatus;
}
