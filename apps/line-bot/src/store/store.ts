import type { webhook } from '@line/bot-sdk';
import { SENT_EVENTS_KEEP_DAYS } from '@mamoru/operator';
import type { AnswerRow, UserState } from '../conversation/state.ts';
import { loadLiveContext, writeLive } from '../live/event-context.ts';
import { liveUserTx } from '../live/live-store.ts';
import type { LiveContext, LiveWrite } from '../live/types.ts';
import type { Message } from '../messages/ui.ts';
import type { TeamWrite } from '../teams/model.ts';
import type { TeamNeeds } from '../teams/words.ts';
import type { Db, Query } from './db.ts';
import { createInboxWriter } from './inbox-writer.ts';
import { migrate } from './migrations.ts';
import { deleteTeamRowsOf, loadTeamRows, type TeamRows, writeTeam } from './teams.ts';

/** Replies decided for one event, kept in the inbox row until LINE has them. */
export interface Outgoing {
  replyToken?: string | undefined;
  /** Push target when the reply token cannot be used (user, group or room id). */
  to?: string | undefined;
  messages: Message[];
}

export interface InboxEvent {
  eventId: string;
  userKey: string;
  chatId: string | null;
  event: webhook.Event;
  eventTs: number;
}

export interface HandledEvent extends InboxEvent {
  outgoing: Outgoing;
  /** Failed send attempts so far. */
  sendAttempts: number;
  /** An earlier attempt may have used the reply token: send by push only. */
  replySpent: boolean;
}

/** A handled event whose replies still have to go out. */
export interface UnsentEvent {
  eventId: string;
  /** Not before this time (ms): a failed send waits for its backoff. */
  nextAttemptAt: number | null;
}

/** One user's transaction: load/save state, record answers, mark the event handled. */
export interface UserTx {
  nextPending(): Promise<InboxEvent | undefined>;
  loadUser(): Promise<UserState | undefined>;
  saveUser(state: UserState): Promise<void>;
  /** Deletes every row about the user; the current event's row stays, emptied, so redeliveries are skipped. */
  deleteUser(currentEventId?: string): Promise<void>;
  /** False when this (user, session, question) was already recorded. */
  recordAnswer(answer: AnswerRow): Promise<boolean>;
  markHandled(eventId: string, outgoing: Outgoing | undefined): Promise<void>;
  /** Live-seminar rows the event may need (src/live/). */
  liveContext(event: webhook.Event): Promise<LiveContext>;
  /** Stores the handler's live rows; returns the sessions touched. */
  writeLive(writes: readonly LiveWrite[]): Promise<string[]>;
  /** Team rows a team step reads (store/teams.ts). */
  loadTeams(needs: TeamNeeds): Promise<TeamRows>;
  writeTeam(write: TeamWrite): Promise<void>;
}

const parseEvent = (row: Record<string, unknown>): InboxEvent => ({
  eventId: String(row.event_id),
  userKey: String(row.user_key),
  chatId: row.chat_id === null ? null : String(row.chat_id),
  event: JSON.parse(String(row.event)) as webhook.Event,
  eventTs: Number(row.event_ts),
});

function userTx(tx: Query, userKey: string, now: () => number): UserTx {
  return {
    async nextPending() {
      const { rows } = await tx.query(
        "SELECT * FROM inbox WHERE user_key = $1 AND status = 'pending' ORDER BY event_ts, received_at, event_id LIMIT 1",
        [userKey],
      );
      return rows[0] ? parseEvent(rows[0]) : undefined;
    },
    async loadUser() {
      const { rows } = await tx.query('SELECT state FROM users WHERE user_key = $1', [userKey]);
      return rows[0] ? (JSON.parse(String(rows[0].state)) as UserState) : undefined;
    },
    async saveUser(state) {
      const unfollowed = state.unfollowedAt ? Date.parse(state.unfollowedAt) : null;
      await tx.query(
        `INSERT INTO users (user_key, state, daily, last_daily, unfollowed_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (user_key) DO UPDATE SET state = excluded.state, daily = excluded.daily,
           last_daily = excluded.last_daily, unfollowed_at = excluded.unfollowed_at, updated_at = excluded.updated_at`,
        [userKey, JSON.stringify(state), state.daily ? 1 : 0, state.lastDaily ?? null, unfollowed, now()],
      );
    },
    async deleteUser(currentEventId) {
      await tx.query('DELETE FROM users WHERE user_key = $1', [userKey]);
      await tx.query('DELETE FROM answers WHERE user_key = $1', [userKey]);
      await liveUserTx(tx, userKey, now()).deleteAll();
      await deleteTeamRowsOf(tx, userKey);
      await tx.query('DELETE FROM inbox WHERE user_key = $1 AND event_id <> $2', [
        userKey,
        currentEventId ?? '',
      ]);
      // The current row stays (so a redelivery is still skipped) but no longer names the user.
      if (currentEventId)
        await tx.query("UPDATE inbox SET user_key = '', chat_id = NULL, event = '{}' WHERE event_id = $1", [
          currentEventId,
        ]);
    },
    async recordAnswer(answer) {
      const result = await tx.query(
        `INSERT INTO answers (user_key, session_id, question_id, correct, choices, answered_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING`,
        [
          userKey,
          answer.sessionId,
          answer.questionId,
          answer.correct ? 1 : 0,
          JSON.stringify(answer.choices),
          Date.parse(answer.at),
        ],
      );
      return result.rowCount === 1;
    },
    liveContext: (event) => loadLiveContext(tx, userKey, event, now()),
    writeLive: (writes) => writeLive(tx, userKey, writes, now()),
    async markHandled(eventId, outgoing) {
      const status = outgoing && outgoing.messages.length > 0 ? 'handled' : 'sent';
      await tx.query('UPDATE inbox SET status = $1, replies = $2, done_at = $3 WHERE event_id = $4', [
        status,
        status === 'handled' ? JSON.stringify(outgoing) : null,
        now(),
        eventId,
      ]);
    },
    loadTeams: (needs) => loadTeamRows(tx, userKey, needs),
    writeTeam: (write) => writeTeam(tx, userKey, write),
  };
}

/** Storage for the bot: the same code over SQLite and PostgreSQL. */
export function createStore(db: Db, now: () => number = Date.now) {
  return {
    db,
    migrate: () => migrate(db),
    /** Stores verified events durably (group commit); resolves with how many were new. */
    insertEvents: createInboxWriter(db, now),
    /**
     * Users with work to do (events to handle, or replies due to be sent), the longest-waiting first,
     * leaving out `skip` (users the worker is already on). A user whose earlier replies are being
     * sent, or wait for a retry, is left out too: a user's replies go out in order.
     */
    async usersWithWork(
      limit = 50,
      skip: ReadonlySet<string> = new Set(),
      leaseMs = 60_000,
    ): Promise<string[]> {
      const at = now();
      const unsent = await db.query(
        `SELECT user_key, status, claimed_at, next_attempt_at FROM inbox
         WHERE status = 'handled' OR status = 'sending' ORDER BY event_ts LIMIT 1000`,
      );
      const blocked = new Set<string>(skip);
      const due: string[] = [];
      for (const row of unsent.rows) {
        const user = String(row.user_key);
        const inFlight = row.status === 'sending' && Number(row.claimed_at) >= at - leaseMs;
        const waiting = row.next_attempt_at !== null && Number(row.next_attempt_at) > at;
        if (inFlight || waiting) blocked.add(user);
        else due.push(user);
      }
      // The oldest pending events in time order: a user's first appearance is their oldest event.
      const { rows } = await db.query(
        "SELECT user_key FROM inbox WHERE status = 'pending' ORDER BY event_ts LIMIT $1",
        [(limit + skip.size) * 10],
      );
      const users = new Set<string>();
      for (const user of [...due, ...rows.map((r) => String(r.user_key))]) {
        if (blocked.has(user)) continue;
        users.add(user);
        if (users.size === limit) break;
      }
      return [...users];
    },
    /** The user's handled events whose replies have not gone out, oldest first. */
    async unsentOf(userKey: string, leaseMs = 60_000): Promise<UnsentEvent[]> {
      const { rows } = await db.query(
        `SELECT event_id, next_attempt_at FROM inbox WHERE user_key = $1
         AND (status = 'handled' OR (status = 'sending' AND claimed_at < $2)) ORDER BY event_ts, received_at, event_id`,
        [userKey, now() - leaseMs],
      );
      return rows.map((r) => ({
        eventId: String(r.event_id),
        nextAttemptAt: r.next_attempt_at === null ? null : Number(r.next_attempt_at),
      }));
    },
    /** Runs `fn` in a transaction holding the user's lock (one user's events never run in parallel). */
    withUser<T>(userKey: string, fn: (tx: UserTx) => Promise<T>): Promise<T> {
      return db.transaction((tx) => fn(userTx(tx, userKey, now)), { lockKey: `user:${userKey}` });
    },
    /** Claims a handled event for sending (one instance wins); stale claims are taken over after `leaseMs`. */
    async claimForSending(eventId: string, leaseMs = 60_000): Promise<HandledEvent | undefined> {
      const at = now();
      const { rows } = await db.query(
        `UPDATE inbox SET status = 'sending', claimed_at = $1
         WHERE event_id = $2 AND (status = 'handled' OR (status = 'sending' AND claimed_at < $3))
           AND (next_attempt_at IS NULL OR next_attempt_at <= $1) RETURNING *`,
        [at, eventId, at - leaseMs],
      );
      const row = rows[0];
      return row
        ? {
            ...parseEvent(row),
            outgoing: JSON.parse(String(row.replies)) as Outgoing,
            sendAttempts: Number(row.send_attempts),
            replySpent: Number(row.reply_spent) === 1,
          }
        : undefined;
    },
    /** Gives a failed send back, to be tried again from `nextAttemptAt` (ms). */
    async scheduleRetry(eventId: string, nextAttemptAt: number, replySpent: boolean): Promise<void> {
      await db.query(
        `UPDATE inbox SET status = 'handled', send_attempts = send_attempts + 1, next_attempt_at = $1,
           reply_spent = CASE WHEN $2 = 1 THEN 1 ELSE reply_spent END
         WHERE event_id = $3 AND status = 'sending'`,
        [nextAttemptAt, replySpent ? 1 : 0, eventId],
      );
    },
    async markSent(eventId: string): Promise<void> {
      await db.query("UPDATE inbox SET status = 'sent', replies = NULL, done_at = $1 WHERE event_id = $2", [
        now(),
        eventId,
      ]);
    },
    /** Forgets sent events older than `keepMs` (LINE redelivers within a day at most). */
    async pruneInbox(keepMs = SENT_EVENTS_KEEP_DAYS * 86_400_000): Promise<number> {
      const { rowCount } = await db.query("DELETE FROM inbox WHERE status = 'sent' AND done_at < $1", [
        now() - keepMs,
      ]);
      return rowCount;
    },
    /** Users who unfollowed before `cutoff` (ms): their data is due for deletion. */
    async usersUnfollowedBefore(cutoff: number): Promise<string[]> {
      const { rows } = await db.query(
        'SELECT user_key FROM users WHERE unfollowed_at IS NOT NULL AND unfollowed_at < $1',
        [cutoff],
      );
      return rows.map((r) => String(r.user_key));
    },
    /** Opted-in users not yet pushed on `japanDate`. */
    async usersForDaily(japanDate: string): Promise<string[]> {
      const { rows } = await db.query(
        'SELECT user_key FROM users WHERE daily = 1 AND unfollowed_at IS NULL AND (last_daily IS NULL OR last_daily <> $1)',
        [japanDate],
      );
      return rows.map((r) => String(r.user_key));
    },
    close: () => db.close(),
  };
}

export type Store = ReturnType<typeof createStore>;
