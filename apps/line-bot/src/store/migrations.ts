import type { Db } from './db.ts';

/** Ordered, append-only: never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (
        user_key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        daily INTEGER NOT NULL DEFAULT 0,
        last_daily TEXT,
        unfollowed_at BIGINT,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE inbox (
        event_id TEXT PRIMARY KEY,
        user_key TEXT NOT NULL,
        chat_id TEXT,
        event TEXT NOT NULL,
        event_ts BIGINT NOT NULL,
        received_at BIGINT NOT NULL,
        status TEXT NOT NULL,
        replies TEXT,
        claimed_at BIGINT,
        done_at BIGINT
      );
      CREATE INDEX inbox_by_status ON inbox (status, user_key, event_ts);
      CREATE TABLE answers (
        user_key TEXT NOT NULL,
        session_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        correct INTEGER NOT NULL,
        choices TEXT NOT NULL,
        answered_at BIGINT NOT NULL,
        PRIMARY KEY (user_key, session_id, question_id)
      );
    `,
  },
  {
    // The worker picks users by their oldest pending event: an index walk instead of a scan of the
    // whole backlog on every pass.
    version: 2,
    sql: 'CREATE INDEX inbox_pending_by_time ON inbox (status, event_ts)',
  },
  {
    // Failed sends are retried with backoff; kept in the row so a restart continues the schedule,
    // and so a reply that may have reached LINE (timeout) is never sent again as a reply.
    version: 3,
    sql: `ALTER TABLE inbox ADD COLUMN send_attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE inbox ADD COLUMN next_attempt_at BIGINT;
      ALTER TABLE inbox ADD COLUMN reply_spent INTEGER NOT NULL DEFAULT 0`,
  },
  {
    // The worker's look for users with pending events reads only this index: with user_key in it,
    // no table row (with its event JSON) is read for each of the hundreds of entries it walks.
    version: 4,
    sql: `CREATE INDEX inbox_pending_users_by_time ON inbox (status, event_ts, user_key);
      DROP INDEX inbox_pending_by_time`,
  },
  {
    // Live seminars (src/live/): shared session rows written only by the presenter's calls; each
    // participant writes only rows keyed by their own user, so tallies are queries, never counters.
    version: 5,
    sql: `CREATE TABLE live_sessions (
        session_id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        deck_id TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        key_hash TEXT NOT NULL,
        status TEXT NOT NULL,
        open_question TEXT,
        created_at BIGINT NOT NULL,
        last_used_at BIGINT NOT NULL
      );
      CREATE UNIQUE INDEX live_sessions_active_code ON live_sessions (code) WHERE status = 'active';
      CREATE INDEX live_sessions_by_key ON live_sessions (key_hash, created_at);
      CREATE TABLE live_questions (
        session_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        opened_at BIGINT NOT NULL,
        closed_at BIGINT,
        PRIMARY KEY (session_id, question_id)
      );
      CREATE TABLE live_participants (
        session_id TEXT NOT NULL,
        user_key TEXT NOT NULL,
        joined_at BIGINT NOT NULL,
        no_review INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, user_key)
      );
      CREATE INDEX live_participants_by_user ON live_participants (user_key, joined_at);
      CREATE TABLE live_answers (
        session_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        user_key TEXT NOT NULL,
        choice INTEGER NOT NULL,
        answered_at BIGINT NOT NULL,
        PRIMARY KEY (session_id, question_id, user_key)
      );
      CREATE INDEX live_answers_by_user ON live_answers (user_key)`,
  },
  {
    // Teams (issue 13): new tables only.
    // A membership row is keyed by the user: one team per person, written in that user's transaction.
    version: 6,
    sql: `CREATE TABLE teams (
        team_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        owner_key TEXT NOT NULL UNIQUE,
        invite_code TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE team_members (
        user_key TEXT PRIMARY KEY,
        team_id TEXT NOT NULL,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        joined_at BIGINT NOT NULL
      );
      CREATE INDEX team_members_by_team ON team_members (team_id)`,
  },
  {
    // 今月のテーマ (issue 13): one topic per team and month (Japan time), written only by the owner.
    // Completion is a query over answers, never stored: data deletion of a member leaves nothing here.
    version: 7,
    sql: `CREATE TABLE team_themes (
        team_id TEXT NOT NULL,
        month TEXT NOT NULL,
        topic TEXT NOT NULL,
        set_at BIGINT NOT NULL,
        PRIMARY KEY (team_id, month)
      )`,
  },
];

/** Applies missing migrations, one transaction each; safe when several instances start at once. */
export async function migrate(db: Db): Promise<void> {
  await db.transaction(
    async (tx) => {
      await tx.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
      );
    },
    { lockKey: 'schema_migrations' },
  );
  for (const migration of MIGRATIONS) {
    await db.transaction(
      async (tx) => {
        const done = await tx.query('SELECT version FROM schema_migrations WHERE version = $1', [
          migration.version,
        ]);
        if (done.rows.length > 0) return;
        for (const statement of migration.sql
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)) {
          await tx.query(statement);
        }
        await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          migration.version,
          Date.now(),
        ]);
      },
      { lockKey: 'schema_migrations' },
    );
  }
}
