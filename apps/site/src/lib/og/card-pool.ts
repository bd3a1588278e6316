import { Worker } from 'node:worker_threads';
import type { CardText } from './render-card.ts';

type Reply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

interface Pending {
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

// Cards are drawn on a worker thread while the main thread renders pages. One is enough now that a
// card is assembled from cached glyphs (about a millisecond, plus compression on libuv's thread
// pool); a second would draw every glyph again. The worker is unref'd so that an idle one never
// keeps the build alive. It runs from source (Node strips the types), not from the bundle.
let cardWorker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function worker(): Worker {
  if (!cardWorker) {
    cardWorker = new Worker(import.meta.env.MAMORU_CARD_WORKER);
    cardWorker.unref();
    cardWorker.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(`Link card failed: ${reply.error}`));
      else waiting.resolve(new Uint8Array(reply.png.buffer));
    });
    cardWorker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
  }
  return cardWorker;
}

function draw(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker().postMessage({ id, card });
  });
}

const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The PNG of one link card, drawn on the worker thread once per build. */
export function cardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${card.kicker}\n${card.title}`;
  let png = drawn.get(key);
  if (!png) {
    png = draw(card);
    drawn.set(key, png);
  }
  return png;
}

/**
 * Starts drawing every card at once, so that the worker draws them while the main thread renders
 * the pages that come before the cards. A failure surfaces where cardPng is awaited.
 */
export function drawCardsAhead(cards: CardText[]): void {
  for (const card of cards) cardPng(card).catch(() => undefined);
}
