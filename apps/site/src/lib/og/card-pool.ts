import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardText } from './render-card.ts';

type Reply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

interface Pending {
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

// Drawing a card (satori, resvg, PNG) costs more than rendering a lesson page: two worker threads
// draw them while the main thread renders pages. Workers are unref'd so an idle pool never keeps
// the build alive. The worker runs from source (Node strips the types), not from the bundle.
const WORKERS = Math.min(2, availableParallelism());
const workers: Worker[] = [];
const pending = new Map<number, Pending>();
let nextId = 0;

function worker(index: number): Worker {
  let existing = workers[index];
  if (!existing) {
    existing = new Worker(import.meta.env.MAMORU_CARD_WORKER);
    existing.unref();
    existing.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(`Link card failed: ${reply.error}`));
      else waiting.resolve(new Uint8Array(reply.png.buffer));
    });
    existing.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    workers[index] = existing;
  }
  return existing;
}

/** The PNG of one link card, drawn on a worker thread. */
export function renderCardOffThread(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker(id % WORKERS).postMessage({ id, card });
  });
}
