import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Db, Query, Row } from './db.ts';

/** $1 -> ?1: SQLite numbers anonymous parameters the same way. */
const toSqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

function bind(params: readonly unknown[]): SQLInputValue[] {
  return params.map((p) =>
    typeof p === 'boolean' ? (p ? 1 : 0) : p === undefined ? null : p,
  ) as SQLInputValue[];
}

/**
 * node:sqlite (built into Node 24; no native addon to build) in WAL mode. One connection per process;
 * transactions are queued so that async steps inside one never interleave with another.
 */
export function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  let queue: Promise<unknown> = Promise.resolve();

  const query: Query['query'] = async (sql, params = []) => {
    const statement = db.prepare(toSqlite(sql));
    if (/^\s*(select|with)\b/i.test(sql) || /\breturning\b/i.test(sql)) {
      const rows = statement.all(...bind(params)) as Row[];
      return { rows, rowCount: rows.length };
    }
    const result = statement.run(...bind(params));
    return { rows: [], rowCount: Number(result.changes) };
  };

  return {
    dialect: 'sqlite',
    query: (sql, params) => queue.then(() => query(sql, params)),
    transaction(fn) {
      const run = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn({ query });
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      await queue;
      db.close();
    },
  };
}
