import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

export type Row = Record<string, unknown>;

/** Read access to the bot's database from outside the bot (the drills check what it stored). */
export interface BotDb {
  rows(sql: string, params?: readonly (string | number)[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** The bot's SQLite file (WAL mode, so reading beside the running bot is safe). */
export function openSqliteReader(file: string): BotDb {
  let db: DatabaseSync | undefined;
  return {
    async rows(sql, params = []) {
      db ??= new DatabaseSync(file, { readOnly: true });
      return db.prepare(sql.replace(/\$(\d+)/g, '?$1')).all(...params) as Row[];
    },
    async close() {
      db?.close();
      db = undefined;
    },
  };
}

export function openPostgresReader(url: string): BotDb {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    async rows(sql, params = []) {
      return (await pool.query(sql, params as unknown[])).rows as Row[];
    },
    close: () => pool.end(),
  };
}

/** Inbox rows by status. */
export async function inboxStatus(db: BotDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const row of await db.rows('SELECT status, COUNT(*) AS n FROM inbox GROUP BY status'))
    counts[String(row.status)] = Number(row.n);
  return counts;
}
