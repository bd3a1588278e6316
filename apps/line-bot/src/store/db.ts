/** The small SQL surface the store needs; SQLite and PostgreSQL each implement it. */

export type Row = Record<string, unknown>;

export interface Query {
  /** Runs one statement with $1, $2 ... placeholders. */
  query(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
}

export interface TransactionOptions {
  /** Holds a lock on this key for the transaction, so two instances never work on one user at once. */
  lockKey?: string | undefined;
  /**
   * The webhook's acknowledgement waits for this transaction: it goes before the worker's queued
   * work (SQLite) or uses connections of its own (PostgreSQL).
   */
  urgent?: boolean;
}

export interface Db extends Query {
  readonly dialect: 'sqlite' | 'postgres';
  /** One statement on its own (atomic as it is), as urgent work: see TransactionOptions.urgent. */
  urgentQuery(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[]; rowCount: number }>;
  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Query) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}
