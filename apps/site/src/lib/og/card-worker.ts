import { parentPort } from 'node:worker_threads';
import { type CardText, renderCard } from './render-card.ts';

// The build asks for every card at once. A few at a time keep compression on libuv's threads busy
// without holding a 750 kB canvas for each of a thousand waiting cards.
const IN_FLIGHT = 3;
const queue: { id: number; card: CardText }[] = [];
let running = 0;

async function drawNext(): Promise<void> {
  const next = queue.shift();
  if (!next) return;
  running++;
  try {
    const png = await renderCard(next.card);
    parentPort?.postMessage({ id: next.id, png }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id: next.id, error: error instanceof Error ? error.stack : String(error) });
  } finally {
    running--;
    void drawNext();
  }
}

/** Draws link cards off the build's main thread: one message per card, the PNG goes back transferred. */
parentPort?.on('message', (message: { id: number; card: CardText }) => {
  queue.push(message);
  if (running < IN_FLIGHT) void drawNext();
});
