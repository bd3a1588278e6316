/** The small SQL surface the store needs; SQLite and PostgreSQL each implement it. */

export type Row = Record<string, unknown>;

export interface Query {
  /** Runs one statement with $1, $2 ... placeholders. */
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
}

export interface Db extends Query {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction. With `lockKey`, holds a lock on that key for the transaction, so
   * two instances never work on one user at the same time.
   */
  transaction<T>(fn: (tx: Query) => Promise<T>, lockKey?: string): Promise<T>;
  close(): Promise<void>;
}
