import { Worker } from 'node:worker_threads';

/** What a build thread answers to its last message. */
export type ThreadOutcome<Done> = { done: Done } | { failed: string };

/**
 * A worker thread that lives for one build: it takes messages while pages render, then answers
 * the last one once, with what it did or how it failed.
 */
export function startBuildThread<Message, Done>(url: URL) {
  const worker = new Worker(url);
  // Settles with the thread's answer, or with how it failed, whenever that happens.
  const ended = new Promise<ThreadOutcome<Done>>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => resolve({ failed: String(error) }));
    worker.once('exit', (code) => resolve({ failed: `the thread exited (${code})` }));
  });
  return {
    post: (message: Message) => worker.postMessage(message),
    /** Sends the last message and waits for the answer; throws with the thread's failure. */
    async finish(message: Message): Promise<Done> {
      try {
        worker.postMessage(message);
        const outcome = await ended;
        if ('failed' in outcome) throw new Error(outcome.failed);
        return outcome.done;
      } finally {
        await worker.terminate();
      }
    },
  };
}
