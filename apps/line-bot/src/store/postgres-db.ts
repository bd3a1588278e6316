import pg from 'pg';
import type { Db, Query, Row } from './db.ts';

// BIGINT columns hold millisecond times, well inside Number's safe range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * PostgreSQL through pg pools; user locks are transaction-scoped advisory locks. Urgent transactions
 * (the webhook's inbox inserts) have a small pool of their own, so an acknowledgement never waits
 * for a connection held by the worker.
 */
export function openPostgres(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const urgentPool = new pg.Pool({ connectionString, max: 4 });
  // An idle client losing its connection (server restart, failover) must not crash the process;
  // the pool drops it and the next query connects again.
  pool.on('error', () => undefined);
  urgentPool.on('error', () => undefined);
  const query = async (client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) => {
    const result = await client.query(sql, params as unknown[]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
  return {
    dialect: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    urgentQuery: (sql, params) => query(urgentPool, sql, params),
    async transaction(fn, options) {
      const client = await (options?.urgent ? urgentPool : pool).connect();
      try {
        await client.query('BEGIN');
        if (options?.lockKey !== undefined)
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [options.lockKey]);
        const tx: Query = { query: (sql, params) => query(client, sql, params) };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await Promise.all([pool.end(), urgentPool.end()]);
    },
  };
}
