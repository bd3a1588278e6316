import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@mamoru/content';
import { PPTX_CONTENT_TYPE, pptxContentDisposition, pptxFileName } from '@mamoru/decks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, openBuiltSite } from '../support/built-site.ts';
import { headersBlock } from './headers-block.ts';

const SITE = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('downloading a deck as PPTX', async () => {
  const { decks } = await loadContent();

  it('names the file after the deck on every page that links it', async () => {
    let site: BuiltSite | undefined;
    try {
      site = await openBuiltSite();
      const { page } = await site.newPage();
      for (const deck of decks) {
        for (const view of ['/decks/', `/decks/${deck.id}/`, `/decks/${deck.id}/handout/`]) {
          await page.goto(`${site.url}${view}`);
          const names = await page
            .locator(`a[href="/decks/${deck.id}.pptx"]`)
            .evaluateAll((links) => links.map((link) => link.getAttribute('download')));
          expect(names.length, view).toBeGreaterThan(0);
          for (const name of names) expect(name, view).toBe(pptxFileName(deck));
        }
      }
    } finally {
      await site?.close();
    }
  });

  it('has the PPTX type and the file name in public/_headers for every deck (static hosts)', () => {
    const file = readFileSync(path.join(SITE, 'public', '_headers'), 'utf8');
    for (const deck of decks) {
      const expected = [
        `Content-Type: ${PPTX_CONTENT_TYPE}`,
        `Content-Disposition: ${pptxContentDisposition(deck)}`,
      ];
      const missing = `public/_headers needs this block for deck ${deck.id}:\n/decks/${deck.id}.pptx\n  ${expected.join('\n  ')}\n`;
      expect(headersBlock(file, `/decks/${deck.id}.pptx`), missing).toEqual(expected);
    }
  });

  describe('from the dev server', () => {
    const deck = decks.find((candidate) => candidate.id === 'owner-60') ?? decks[0];
    if (!deck) throw new Error('content/decks is empty');
    let dev: ChildProcess | undefined;
    let origin = '';
    beforeAll(async () => {
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      const astro = path.join(SITE, 'node_modules', 'astro', 'bin', 'astro.mjs');
      dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
        cwd: SITE,
        stdio: 'ignore',
        // Not vitest's environment: it sets MODE, BASE_URL and friends, which Astro would read as its own.
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const exited = new Promise<never>((_, reject) =>
        dev?.once('exit', (code) => reject(new Error(`astro dev exited (${code}) before it answered`))),
      );
      const answered = (async () => {
        for (;;) {
          try {
            // Early answers are 404s while Astro still syncs the content: wait for the deck itself.
            if ((await fetch(`${origin}/decks/${deck.id}.pptx`)).ok) return;
          } catch {
            // Not listening yet.
          }
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      })();
      await Promise.race([answered, exited]);
    }, 120_000);
    afterAll(() => {
      dev?.kill();
    });

    it('sends the PPTX type and the deck title as the file name', async () => {
      const response = await fetch(`${origin}/decks/${deck.id}.pptx`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(PPTX_CONTENT_TYPE);
      expect(response.headers.get('content-disposition')).toBe(pptxContentDisposition(deck));
      const body = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(body.subarray(0, 2)).toString('latin1')).toBe('PK');
    }, 60_000);
  });
});
