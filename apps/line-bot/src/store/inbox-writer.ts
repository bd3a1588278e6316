import type { Db, Query } from './db.ts';
import type { InboxEvent } from './store.ts';

/** Rows per INSERT statement (6 parameters each: well under SQLite's and PostgreSQL's limits). */
const ROWS_PER_STATEMENT = 200;

interface Waiting {
  rows: { eventId: string; params: unknown[] }[];
  resolve: (inserted: number) => void;
  reject: (error: unknown) => void;
}

const insertSql = (rowCount: number) => {
  const values = Array.from({ length: rowCount }, (_, i) => {
    const n = i * 6;
    return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, 'pending')`;
  });
  return `INSERT INTO inbox (event_id, user_key, chat_id, event, event_ts, received_at, status)
       VALUES ${values.join(', ')} ON CONFLICT (event_id) DO NOTHING RETURNING event_id`;
};

type Rows = readonly Waiting['rows'][number][];

/** Inserts the rows, skipping known event ids; returns the ids that were new. */
async function insertRows(db: Db, rows: Rows): Promise<Set<string>> {
  const added = new Set<string>();
  const collect = (inserted: Record<string, unknown>[]) => {
    for (const row of inserted) added.add(String(row.event_id));
  };
  if (rows.length <= ROWS_PER_STATEMENT) {
    // One statement is atomic by itself: no BEGIN/COMMIT round trips (PostgreSQL).
    collect(
      (
        await db.urgentQuery(
          insertSql(rows.length),
          rows.flatMap((row) => row.params),
        )
      ).rows,
    );
    return added;
  }
  await db.transaction(
    async (tx: Query) => {
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
        collect(
          (
            await tx.query(
              insertSql(chunk.length),
              chunk.flatMap((row) => row.params),
            )
          ).rows,
        );
      }
    },
    { urgent: true },
  );
  return added;
}

/** How many of one request's rows were new; an id new in this commit counts for the first request only. */
function countNew(waiting: Waiting, added: Set<string>): number {
  let count = 0;
  for (const row of waiting.rows) if (added.delete(row.eventId)) count++;
  return count;
}

/**
 * Group commit for the webhook: the inserts of every request that arrives in one turn of the event
 * loop go into one transaction, and each request's promise resolves only after that transaction has
 * committed (so a 200 still means "stored"). One commit per turn instead of one per request.
 */
export function createInboxWriter(db: Db, now: () => number) {
  let pending: Waiting[] = [];
  let scheduled = false;

  const commit = (rows: Rows) => insertRows(db, rows);

  function flush(): void {
    scheduled = false;
    const batch = pending;
    pending = [];
    commit(batch.flatMap((w) => w.rows)).then(
      (added) => {
        for (const waiting of batch) waiting.resolve(countNew(waiting, added));
      },
      (error: unknown) => {
        if (batch.length === 1) {
          batch[0]?.reject(error);
          return;
        }
        // One request's rows must not fail the others': retry each on its own.
        for (const waiting of batch)
          commit(waiting.rows).then((added) => waiting.resolve(countNew(waiting, added)), waiting.reject);
      },
    );
  }

  /** Stores verified events durably; resolves with how many were new (redeliveries are skipped). */
  return function insertEvents(events: readonly InboxEvent[]): Promise<number> {
    if (events.length === 0) return Promise.resolve(0);
    const at = now();
    const rows = events.map((e) => ({
      eventId: e.eventId,
      params: [e.eventId, e.userKey, e.chatId, JSON.stringify(e.event), e.eventTs, at],
    }));
    return new Promise((resolve, reject) => {
      pending.push({ rows, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
