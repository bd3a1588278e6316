import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { Db, Query, Row } from './db.ts';
import { startCheckpointer } from './sqlite-checkpointer.ts';

/** $1 -> ?1: SQLite numbers anonymous parameters the same way. */
const toSqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

function bind(params: readonly unknown[]): SQLInputValue[] {
  return params.map((p) =>
    typeof p === 'boolean' ? (p ? 1 : 0) : p === undefined ? null : p,
  ) as SQLInputValue[];
}

type Job = () => Promise<void>;

/**
 * node:sqlite (built into Node 24; no native addon to build) in WAL mode, one connection per process.
 *
 * Work on the connection runs one job at a time (a transaction's async steps never interleave with
 * another's). Urgent jobs (the webhook's inbox inserts, which its 200 waits for) go before queued
 * ordinary ones, and ordinary jobs yield to the event loop between each other, so a worker backlog
 * never delays an acknowledgement by more than the one job already running.
 *
 * synchronous = NORMAL: in WAL mode a commit is in the operating system's hands when COMMIT returns,
 * so it survives the process being killed (kill -9); only a power loss or kernel crash can lose the
 * last commits. See the README ("Durability").
 */
export function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;',
  );
  // Checkpoints run on a thread; the connection's own is a fallback (about 40 MB of WAL), and the
  // WAL file is cut back to 64 MB when it restarts.
  const checkpointer = file === ':memory:' ? undefined : startCheckpointer(file);
  db.exec('PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;');

  // Prepared once per distinct SQL text; the store uses a small fixed set of statements.
  const statements = new Map<string, { statement: StatementSync; returnsRows: boolean }>();
  function prepared(sql: string) {
    let entry = statements.get(sql);
    if (!entry) {
      if (statements.size > 500) statements.clear();
      entry = {
        statement: db.prepare(toSqlite(sql)),
        returnsRows: /^\s*(select|with)\b/i.test(sql) || /\breturning\b/i.test(sql),
      };
      statements.set(sql, entry);
    }
    return entry;
  }
  const query: Query['query'] = async (sql, params = []) => {
    const { statement, returnsRows } = prepared(sql);
    if (returnsRows) {
      const rows = statement.all(...bind(params)) as Row[];
      return { rows, rowCount: rows.length };
    }
    const result = statement.run(...bind(params));
    return { rows: [], rowCount: Number(result.changes) };
  };

  const urgent: Job[] = [];
  const ordinary: Job[] = [];
  let pumping = false;
  let idle: Promise<void> = Promise.resolve();
  let markIdle = () => {};
  // Between ordinary jobs the pump sleeps one event-loop turn; urgent work wakes it at once.
  let wake: (() => void) | undefined;
  const yieldToEventLoop = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      setImmediate(resolve);
    });

  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (;;) {
        const next = urgent.shift() ?? ordinary.shift();
        if (!next) return;
        await next();
        // Let arrived requests in before more background work; urgent work goes straight on.
        if (urgent.length === 0 && ordinary.length > 0) await yieldToEventLoop();
      }
    } finally {
      pumping = false;
      markIdle();
    }
  }

  function schedule<T>(work: () => Promise<T>, isUrgent: boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      (isUrgent ? urgent : ordinary).push(() => work().then(resolve, reject));
      if (isUrgent) wake?.();
      if (!pumping) {
        idle = new Promise((resolve) => {
          markIdle = resolve;
        });
        void pump();
      }
    });
  }

  return {
    dialect: 'sqlite',
    query: (sql, params) => schedule(() => query(sql, params), false),
    urgentQuery: (sql, params) => schedule(() => query(sql, params), true),
    transaction(fn, options) {
      return schedule(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn({ query });
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.isTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }, options?.urgent === true);
    },
    async close() {
      await idle;
      await checkpointer?.stop();
      db.close();
    },
  };
}
