import type { Catalog } from '../content/catalog.ts';
import type { LiveContext, LiveWrite } from '../live/types.ts';
import type { Message } from '../messages/ui.ts';
import type { TeamContext, TeamWrite } from '../teams/model.ts';
import type { AnswerRow, UserState } from './state.ts';

/** What a handler may use besides the event and the state: no I/O, a given clock and ids. */
export interface Context {
  catalog: Catalog;
  now: Date;
  /** A new short id (session ids). */
  newId: () => string;
  /** Live-seminar rows this event may need (src/live/), loaded before the pure step. */
  live?: LiveContext | undefined;
  /** Team rows loaded for a team step (only when the text is about teams). */
  teams?: TeamContext | undefined;
}

/** What a handler decides: the new state, the replies (<= 5), the answers to record. */
export interface Outcome {
  /** The state to save; undefined keeps nothing new (e.g. no user). */
  state?: UserState | undefined;
  /** Delete everything stored about the user (データ削除). */
  deleteUser?: true;
  replies: Message[];
  answers?: AnswerRow[];
  /** Live-seminar rows to write, all keyed by this user (src/live/). */
  live?: LiveWrite[];
  /** Team rows to write in the same transaction (teams/model.ts). */
  teamWrites?: TeamWrite[];
}
