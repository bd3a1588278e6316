import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allowConnectTo } from '../lib/global-headers.ts';

/**
 * With LIVE_API_URL set, the built _headers allow the presenter view to call exactly that origin
 * (connect-src); public/_headers itself stays 'self' only.
 */
export function liveApiCsp(liveApiOrigin: string | undefined): AstroIntegration {
  return {
    name: 'mamoru-live-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!liveApiOrigin) return;
        const file = `${fileURLToPath(dir)}_headers`;
        writeFileSync(file, allowConnectTo(readFileSync(file, 'utf8'), liveApiOrigin));
        logger.info(`connect-src allows ${liveApiOrigin}`);
      },
    },
  };
}
