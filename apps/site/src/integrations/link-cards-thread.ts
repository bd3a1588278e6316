/**
 * Runs on a worker thread for the length of a build (see link-cards.ts): draws every link card and
 * writes it into the build's output while the main thread renders pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderCard } from '../lib/og/render-card.ts';
import type { SiteCard } from '../lib/og/site-cards.ts';
import type { ThreadOutcome } from './build-thread.ts';

export type ToCardThread = { cards: readonly SiteCard[]; outDir: string } | { finish: true };
export type CardsDone = { cards: number };

const port = parentPort;
if (!port) throw new Error('link-cards-thread.ts runs as a worker thread');

// One card after the other, compressed and written on this thread with synchronous calls: the
// main thread's page writes need libuv's small thread pool, and a card queued there holds them up.
const files = new Set<string>();
const folders = new Set<string>();
let drawing: Promise<void> = Promise.resolve();
let failure: string | undefined;

async function writeCard(file: string, { path, card }: SiteCard): Promise<void> {
  if (failure) return;
  try {
    const png = await renderCard(card);
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, png);
  } catch (error) {
    failure = `link card /og/${path}.png: ${error instanceof Error ? error.stack : String(error)}`;
  }
}

port.on('message', (message: ToCardThread) => {
  if ('cards' in message) {
    // Astro may ask a route for its paths more than once: each card is written once.
    for (const card of message.cards) {
      const file = join(message.outDir, 'og', `${card.path}.png`);
      if (files.has(file)) continue;
      files.add(file);
      drawing = drawing.then(() => writeCard(file, card));
    }
    return;
  }
  void drawing.then(() =>
    port.postMessage(
      (failure ? { failed: failure } : { done: { cards: files.size } }) satisfies ThreadOutcome<CardsDone>,
    ),
  );
});
