import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBuildThread } from '../src/integrations/build-thread.ts';
import type { CardsDone, ToCardThread } from '../src/integrations/link-cards-thread.ts';
import type { SiteCard } from '../src/lib/og/site-cards.ts';

const THREAD = new URL('../src/integrations/link-cards-thread.ts', import.meta.url);
const cards: SiteCard[] = [
  { path: 'site', card: { title: '小さな会社を、情報の事故から守る', kicker: 'やさしい日本語で、1つ5分' } },
  { path: 'lessons/basics/passwords', card: { title: 'パスワードの決め方', kicker: '基本の対策・約5分' } },
];
const outDir = mkdtempSync(path.join(tmpdir(), 'mamoru-cards-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the link-card build thread', () => {
  it('writes each card once under og/, even when Astro hands the list over twice', async () => {
    const thread = startBuildThread<ToCardThread, CardsDone>(THREAD);
    thread.post({ cards, outDir });
    thread.post({ cards, outDir });
    expect(await thread.finish({ finish: true })).toEqual({ cards: 2 });
    for (const file of ['og/site.png', 'og/lessons/basics/passwords.png']) {
      const png = readFileSync(path.join(outDir, file));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200); // IHDR width
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });

  it('fails the build with the card that could not be written and why', async () => {
    const thread = startBuildThread<ToCardThread, CardsDone>(THREAD);
    // A file where the og folder should be: the folder cannot be made.
    thread.post({ cards, outDir: '/dev/null' });
    await expect(thread.finish({ finish: true })).rejects.toThrow(/link card \/og\/site\.png: .*ENOTDIR/);
  });
});
