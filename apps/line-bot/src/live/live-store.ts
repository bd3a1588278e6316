import type { Db, Query, Row } from '../store/db.ts';
import {
  LIVE_TTL_MS,
  type LiveMembership,
  type LiveSessionView,
  type LiveStatus,
  type LiveWrite,
} from './types.ts';

export interface LiveSessionRow extends LiveSessionView {
  tokenHash: string;
  createdAt: number;
  lastUsedAt: number;
}

const statusOf = (row: Row, at: number): LiveStatus =>
  row.status === 'active' && Number(row.last_used_at) + LIVE_TTL_MS <= at
    ? 'expired'
    : (String(row.status) as LiveStatus);

async function closedQuestions(q: Query, sessionId: string): Promise<string[]> {
  const { rows } = await q.query(
    'SELECT question_id FROM live_questions WHERE session_id = $1 AND closed_at IS NOT NULL ORDER BY opened_at, question_id',
    [sessionId],
  );
  return rows.map((r) => String(r.question_id));
}

async function sessionRow(q: Query, row: Row | undefined, at: number): Promise<LiveSessionRow | undefined> {
  if (!row) return undefined;
  const sessionId = String(row.session_id);
  return {
    id: sessionId,
    code: String(row.code),
    deckId: String(row.deck_id),
    status: statusOf(row, at),
    openQuestion: row.open_question === null ? undefined : String(row.open_question),
    closed: await closedQuestions(q, sessionId),
    tokenHash: String(row.token_hash),
    createdAt: Number(row.created_at),
    lastUsedAt: Number(row.last_used_at),
  };
}

const publicView = (row: LiveSessionRow): LiveSessionView => ({
  id: row.id,
  code: row.code,
  deckId: row.deckId,
  status: row.status,
  openQuestion: row.openQuestion,
  closed: row.closed,
});

/** The live session that a join code names now (active and not expired), if any. */
export async function activeSessionByCode(
  q: Query,
  code: string,
  at: number,
): Promise<LiveSessionRow | undefined> {
  const { rows } = await q.query("SELECT * FROM live_sessions WHERE code = $1 AND status = 'active'", [code]);
  const session = await sessionRow(q, rows[0], at);
  return session?.status === 'active' ? session : undefined;
}

/** Reads and writes of one participant, inside their own transaction (see store.withUser). */
export function liveUserTx(q: Query, userKey: string, at: number) {
  return {
    async byCode(code: string): Promise<LiveSessionView | null> {
      const session = await activeSessionByCode(q, code, at);
      return session ? publicView(session) : null;
    },
    /** The session the user joined last, with their answers. */
    async membership(): Promise<LiveMembership | undefined> {
      const { rows } = await q.query(
        `SELECT s.*, p.no_review FROM live_participants p JOIN live_sessions s ON s.session_id = p.session_id
         WHERE p.user_key = $1 ORDER BY p.joined_at DESC, p.session_id LIMIT 1`,
        [userKey],
      );
      const session = await sessionRow(q, rows[0], at);
      if (!session) return undefined;
      const answers = await q.query(
        'SELECT question_id, choice FROM live_answers WHERE session_id = $1 AND user_key = $2',
        [session.id, userKey],
      );
      return {
        session: publicView(session),
        answers: Object.fromEntries(answers.rows.map((r) => [String(r.question_id), Number(r.choice)])),
        noReview: Number(rows[0]?.no_review) === 1,
      };
    },
    /**
     * Stores what the handler decided. An answer is written only while its question is still open
     * (the presenter may close it between the read and this write); false when it was refused.
     */
    async write(write: LiveWrite): Promise<boolean> {
      switch (write.kind) {
        case 'join': {
          // Joining again moves the session to the top of the user's list (their "current" one).
          await q.query(
            `INSERT INTO live_participants (session_id, user_key, joined_at) VALUES ($1, $2, $3)
             ON CONFLICT (session_id, user_key) DO UPDATE SET joined_at = excluded.joined_at`,
            [write.sessionId, userKey, at],
          );
          return true;
        }
        case 'answer': {
          const result = await q.query(
            `INSERT INTO live_answers (session_id, question_id, user_key, choice, answered_at)
             SELECT $1, $2, $3, $4, $5 WHERE EXISTS (
               SELECT 1 FROM live_sessions WHERE session_id = $1 AND open_question = $2 AND status = 'active')
             ON CONFLICT (session_id, question_id, user_key) DO UPDATE
               SET choice = excluded.choice, answered_at = excluded.answered_at`,
            [write.sessionId, write.questionId, userKey, write.choice, at],
          );
          return result.rowCount > 0;
        }
        case 'no-review':
          await q.query(
            'UPDATE live_participants SET no_review = 1 WHERE session_id = $1 AND user_key = $2',
            [write.sessionId, userKey],
          );
          return true;
        default:
          return write satisfies never;
      }
    },
    /** データ削除 and retention: the user's live rows go too (tallies then leave them out). */
    async deleteAll(): Promise<void> {
      await q.query('DELETE FROM live_answers WHERE user_key = $1', [userKey]);
      await q.query('DELETE FROM live_participants WHERE user_key = $1', [userKey]);
    },
  };
}

export interface QuestionResult {
  questionId: string;
  counts: number[];
  answered: number;
}

/** The presenter's side: sessions, opening and closing questions, tallies as queries over rows. */
export function liveStore(db: Db, now: () => number) {
  return {
    /** False when the code is taken by an active session (the caller tries another). */
    async create(session: {
      sessionId: string;
      code: string;
      deckId: string;
      tokenHash: string;
      keyHash: string;
    }): Promise<boolean> {
      const at = now();
      return db.transaction(
        async (tx) => {
          // Expired sessions free their codes.
          await tx.query(
            "UPDATE live_sessions SET status = 'expired' WHERE status = 'active' AND last_used_at <= $1",
            [at - LIVE_TTL_MS],
          );
          const taken = await tx.query("SELECT 1 FROM live_sessions WHERE code = $1 AND status = 'active'", [
            session.code,
          ]);
          if (taken.rows.length > 0) return false;
          await tx.query(
            `INSERT INTO live_sessions (session_id, code, deck_id, token_hash, key_hash, status, created_at, last_used_at)
             VALUES ($1, $2, $3, $4, $5, 'active', $6, $6)`,
            [session.sessionId, session.code, session.deckId, session.tokenHash, session.keyHash, at],
          );
          return true;
        },
        { lockKey: 'live:codes' },
      );
    },
    async createdSince(keyHash: string, since: number): Promise<number> {
      const { rows } = await db.query(
        'SELECT COUNT(*) AS n FROM live_sessions WHERE key_hash = $1 AND created_at >= $2',
        [keyHash, since],
      );
      return Number(rows[0]?.n ?? 0);
    },
    /** The session of a code, ended ones included (results stay readable until they expire). */
    async byCode(code: string): Promise<LiveSessionRow | undefined> {
      const { rows } = await db.query(
        `SELECT * FROM live_sessions WHERE code = $1 AND status <> 'expired' ORDER BY created_at DESC LIMIT 1`,
        [code],
      );
      const session = await sessionRow(db, rows[0], now());
      return session && session.status !== 'expired' ? session : undefined;
    },
    async touch(sessionId: string): Promise<void> {
      await db.query('UPDATE live_sessions SET last_used_at = $1 WHERE session_id = $2', [now(), sessionId]);
    },
    /** Opens a question and closes the one open before. */
    async open(sessionId: string, questionId: string): Promise<void> {
      const at = now();
      await db.transaction(async (tx) => {
        await tx.query(
          'UPDATE live_questions SET closed_at = $1 WHERE session_id = $2 AND closed_at IS NULL AND question_id <> $3',
          [at, sessionId, questionId],
        );
        // Opening order decides "the current question": keep it strict even within one millisecond.
        const { rows } = await tx.query(
          'SELECT MAX(opened_at) AS last FROM live_questions WHERE session_id = $1',
          [sessionId],
        );
        const openedAt = rows[0]?.last == null ? at : Math.max(at, Number(rows[0].last) + 1);
        await tx.query(
          `INSERT INTO live_questions (session_id, question_id, opened_at) VALUES ($1, $2, $3)
           ON CONFLICT (session_id, question_id) DO UPDATE SET closed_at = NULL, opened_at = excluded.opened_at`,
          [sessionId, questionId, openedAt],
        );
        await tx.query(
          'UPDATE live_sessions SET open_question = $1, last_used_at = $2 WHERE session_id = $3',
          [questionId, at, sessionId],
        );
      });
    },
    async close(sessionId: string): Promise<void> {
      const at = now();
      await db.transaction(async (tx) => {
        await tx.query(
          'UPDATE live_questions SET closed_at = $1 WHERE session_id = $2 AND closed_at IS NULL',
          [at, sessionId],
        );
        await tx.query(
          'UPDATE live_sessions SET open_question = NULL, last_used_at = $1 WHERE session_id = $2',
          [at, sessionId],
        );
      });
    },
    async end(sessionId: string): Promise<void> {
      const at = now();
      await db.transaction(async (tx) => {
        await tx.query(
          'UPDATE live_questions SET closed_at = $1 WHERE session_id = $2 AND closed_at IS NULL',
          [at, sessionId],
        );
        await tx.query(
          "UPDATE live_sessions SET open_question = NULL, status = 'ended', last_used_at = $1 WHERE session_id = $2",
          [at, sessionId],
        );
      });
    },
    async participantKeys(sessionId: string): Promise<string[]> {
      const { rows } = await db.query('SELECT user_key FROM live_participants WHERE session_id = $1', [
        sessionId,
      ]);
      return rows.map((r) => String(r.user_key));
    },
    async participants(sessionId: string): Promise<number> {
      const { rows } = await db.query('SELECT COUNT(*) AS n FROM live_participants WHERE session_id = $1', [
        sessionId,
      ]);
      return Number(rows[0]?.n ?? 0);
    },
    /** The question the tally shows: the open one, else the last one opened. */
    async currentQuestion(sessionId: string): Promise<string | null> {
      const { rows } = await db.query(
        'SELECT question_id FROM live_questions WHERE session_id = $1 ORDER BY closed_at IS NULL DESC, opened_at DESC LIMIT 1',
        [sessionId],
      );
      return rows[0] ? String(rows[0].question_id) : null;
    },
    /** Answers per choice of one question (choices with no answer are left out). */
    async countsOf(sessionId: string, questionId: string): Promise<Map<number, number>> {
      const { rows } = await db.query(
        'SELECT choice, COUNT(*) AS n FROM live_answers WHERE session_id = $1 AND question_id = $2 GROUP BY choice',
        [sessionId, questionId],
      );
      return new Map(rows.map((r) => [Number(r.choice), Number(r.n)]));
    },
    /** Every opened question, in opening order, with its answers per choice. */
    async questions(sessionId: string): Promise<{ questionId: string; counts: Map<number, number> }[]> {
      const { rows } = await db.query(
        'SELECT question_id FROM live_questions WHERE session_id = $1 ORDER BY opened_at, question_id',
        [sessionId],
      );
      const out = [];
      for (const row of rows) {
        const questionId = String(row.question_id);
        out.push({ questionId, counts: await this.countsOf(sessionId, questionId) });
      }
      return out;
    },
  };
}

export type LiveStore = ReturnType<typeof liveStore>;
