import pg from 'pg';
import type { Db, Query, Row } from './db.ts';

// BIGINT columns hold millisecond times, well inside Number's safe range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** PostgreSQL through a pg pool; user locks are transaction-scoped advisory locks. */
export function openPostgres(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection (server restart, failover) must not crash the process;
  // the pool drops it and the next query connects again.
  pool.on('error', () => undefined);
  const query = async (client: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []) => {
    const result = await client.query(sql, params as unknown[]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  };
  return {
    dialect: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction(fn, lockKey) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        if (lockKey !== undefined)
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey]);
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
    close: () => pool.end(),
  };
}
