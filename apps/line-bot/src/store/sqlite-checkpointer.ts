import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints off the event loop. With SQLite's automatic checkpoint, the commit that crosses
 * the threshold copies the WAL into the database file and syncs it, inside the request that happened
 * to commit: a stall of tens of milliseconds for an unlucky acknowledgement. The bot's connection
 * raises that threshold to a fallback, and a thread checkpoints every `everyMs` instead.
 */
export function startCheckpointer(file: string, everyMs = 250) {
  const worker = new Worker(new URL('./sqlite-checkpoint-thread.ts', import.meta.url), {
    workerData: { file, everyMs },
  });
  // A failing checkpointer costs only latency (the fallback checkpoint still runs): never crash.
  worker.on('error', () => undefined);
  worker.unref();
  return {
    async stop(): Promise<void> {
      await worker.terminate();
    },
  };
}
