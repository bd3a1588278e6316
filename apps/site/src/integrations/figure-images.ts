import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startBuildThread } from './build-thread.ts';
import type { FiguresDone, ToFigureThread } from './figure-images-thread.ts';

/**
 * Writes every figure as a PNG (/figures/<id>.png, 1024x768) into a build, for the LINE bot, which
 * shows a figure above a question's explanation and cannot show SVG. A worker thread draws them
 * while pages render (figure-images-thread.ts). Not in dev: the bot links only an HTTPS site.
 */
export function figureImages(contentRoot: string): AstroIntegration {
  let outDir = '';
  let thread: ReturnType<typeof startBuildThread<ToFigureThread, FiguresDone>> | undefined;
  return {
    name: 'mamoru-figure-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        thread = startBuildThread<ToFigureThread, FiguresDone>(
          new URL('./figure-images-thread.ts', import.meta.url),
        );
        thread.post({ contentRoot, outDir });
      },
      'astro:build:done': async ({ logger }) => {
        if (!thread) throw new Error('Figure images missing: astro:build:start did not run');
        const done = await thread.finish({ finish: true });
        logger.info(`drew ${done.figures} figure images`);
      },
    },
  };
}
