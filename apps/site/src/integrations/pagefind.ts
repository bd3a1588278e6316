import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { receivePages } from '../lib/search-index-hand-off.ts';
import type { FromIndexThread, ToIndexThread } from './pagefind-thread.ts';

/**
 * Builds the Pagefind search index into dist/pagefind/. Pages reach the index as the build
 * renders them (src/middleware.ts) and go to a worker thread (pagefind-thread.ts), which passes
 * them on to Pagefind's own process: the rendering thread only posts each page.
 */
export function pagefindIndex(): AstroIntegration {
  let thread: { worker: Worker; ended: Promise<FromIndexThread> } | undefined;
  return {
    name: 'mamoru-pagefind',
    hooks: {
      'astro:build:start': () => {
        const worker = new Worker(new URL('./pagefind-thread.ts', import.meta.url));
        // Settles with the thread's answer to `finish`, or with how it failed, whenever that happens.
        const ended = new Promise<FromIndexThread>((resolve) => {
          worker.once('message', resolve);
          worker.once('error', (error) => resolve({ failed: String(error) }));
          worker.once('exit', (code) => resolve({ failed: `the Pagefind thread exited (${code})` }));
        });
        thread = { worker, ended };
        receivePages((url, html) => worker.postMessage({ page: { url, html } } satisfies ToIndexThread));
      },
      'astro:build:done': async ({ dir, logger }) => {
        receivePages(undefined);
        if (!thread) throw new Error('Pagefind index missing: astro:build:start did not run');
        const { worker, ended } = thread;
        try {
          worker.postMessage({
            finish: { outputPath: `${fileURLToPath(dir)}pagefind` },
          } satisfies ToIndexThread);
          const result = await ended;
          if ('failed' in result) throw new Error(`Pagefind: ${result.failed}`);
          logger.info(`indexed ${result.done.pages} pages`);
        } finally {
          await worker.terminate();
        }
      },
    },
  };
}
