import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchPages } from '../lib/build-hand-off.ts';
import { startBuildThread } from './build-thread.ts';
import type { IndexDone, ToIndexThread } from './pagefind-thread.ts';

/**
 * Builds the Pagefind search index into dist/pagefind/. Pages reach the index as the build
 * renders them (src/middleware.ts) and go to a worker thread (pagefind-thread.ts), which passes
 * them on to Pagefind's own process: the rendering thread only posts each page.
 */
export function pagefindIndex(): AstroIntegration {
  let thread: ReturnType<typeof startBuildThread<ToIndexThread, IndexDone>> | undefined;
  return {
    name: 'mamoru-pagefind',
    hooks: {
      'astro:build:start': () => {
        const started = startBuildThread<ToIndexThread, IndexDone>(
          new URL('./pagefind-thread.ts', import.meta.url),
        );
        thread = started;
        searchPages.receive((page) => started.post({ page }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        searchPages.receive(undefined);
        if (!thread) throw new Error('Pagefind index missing: astro:build:start did not run');
        try {
          const done = await thread.finish({ finish: { outputPath: `${fileURLToPath(dir)}pagefind` } });
          logger.info(`indexed ${done.pages} pages`);
        } catch (error) {
          throw new Error(`Pagefind: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
  };
}
