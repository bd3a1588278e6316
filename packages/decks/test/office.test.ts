import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { countPdfPages, deckForPptx } from '../src/index.ts';
import { convertWithLibreOffice } from '../src/office/convert-with-libreoffice.ts';
import { writeDeckPptx } from '../src/pptx/index.ts';
import { loadFixtureContent } from './fixture-content.ts';

const run = promisify(execFile);

// Debian's libreoffice-impress (headless) opens the exported deck the way an instructor's office suite would.
describe('LibreOffice converts the PPTX', () => {
  let pdf: Uint8Array;
  let pptxSlideCount: number;
  let pdfPath: string;

  beforeAll(async () => {
    const content = await loadFixtureContent();
    const deck = content.decks[0];
    if (!deck) throw new Error('fixture deck missing');
    const model = deckForPptx(deck, content.questions);
    pptxSlideCount = model.slides.length;
    const dir = mkdtempSync(join(tmpdir(), 'decks-office-'));
    const pptxPath = join(dir, `${deck.id}.pptx`);
    writeFileSync(pptxPath, await writeDeckPptx(model));
    pdfPath = await convertWithLibreOffice(pptxPath, dir);
    pdf = readFileSync(pdfPath);
  }, 300_000);

  it('to a PDF with one page per slide, answer slides included', () => {
    expect(pptxSlideCount).toBe(7);
    expect(countPdfPages(pdf)).toBe(pptxSlideCount);
  });

  it('keeps the Japanese text and, without 游ゴシック installed, substitutes Noto Sans CJK', async () => {
    const { stdout: text } = await run('pdftotext', [pdfPath, '-']);
    expect(text).toContain('パスワードの決め方');
    expect(text).toContain('会社の情報セキュリティの予算を決めるのはだれですか。');
    expect(text).toContain('クイズの答え');
    const { stdout: fonts } = await run('pdffonts', [pdfPath]);
    expect(fonts).toMatch(/NotoSansCJK/);
  });
});
