/**
 * Runs in a worker thread (see sqlite-checkpointer.ts): copies the WAL into the database file on a
 * connection of its own, so that this disk work (and its fsync) never blocks the bot's event loop.
 */
import { DatabaseSync } from 'node:sqlite';
import { workerData } from 'node:worker_threads';

const { file, everyMs } = workerData as { file: string; everyMs: number };
const db = new DatabaseSync(file);
db.exec('PRAGMA busy_timeout = 5000');
setInterval(() => {
  try {
    // PASSIVE: never waits for the bot's writers; whatever is left is copied next time.
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or locked: try again next time (the bot's own fallback checkpoint keeps the WAL bounded).
  }
}, everyMs);
