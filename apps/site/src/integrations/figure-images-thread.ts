/**
 * Runs on a worker thread for the length of a build (see figure-images.ts): draws every figure as
 * a PNG and writes it to /figures/<id>.png while the main thread renders pages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { figureImagePath, loadFigureFiles } from '@mamoru/content';
import { renderFigurePng } from '../lib/figure-images/figure-png.ts';
import type { ThreadOutcome } from './build-thread.ts';

export type ToFigureThread = { contentRoot: string; outDir: string } | { finish: true };
export type FiguresDone = { figures: number };

const port = parentPort;
if (!port) throw new Error('figure-images-thread.ts runs as a worker thread');

let drawing: Promise<ThreadOutcome<FiguresDone>> | undefined;

async function drawAll(contentRoot: string, outDir: string): Promise<ThreadOutcome<FiguresDone>> {
  const fontDir = mkdtempSync(join(tmpdir(), 'mamoru-figure-fonts-'));
  try {
    const figures = await loadFigureFiles(contentRoot);
    for (const figure of figures) {
      const file = join(outDir, figureImagePath(figure.id));
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, await renderFigurePng(figure, fontDir));
    }
    return { done: { figures: figures.length } };
  } catch (error) {
    return { failed: `figure images: ${error instanceof Error ? error.stack : String(error)}` };
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}

port.on('message', (message: ToFigureThread) => {
  if ('contentRoot' in message) {
    drawing = drawAll(message.contentRoot, message.outDir);
    return;
  }
  void (drawing ?? Promise.resolve({ failed: 'figure images: the build never started them' })).then(
    (outcome: ThreadOutcome<FiguresDone>) => port.postMessage(outcome),
  );
});
