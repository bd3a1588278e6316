import { parentPort } from 'node:worker_threads';
import { type CardText, renderCard } from './render-card.ts';

/** Draws link cards off the build's main thread: one message per card, the PNG goes back transferred. */
parentPort?.on('message', async ({ id, card }: { id: number; card: CardText }) => {
  try {
    const png = await renderCard(card);
    parentPort?.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
