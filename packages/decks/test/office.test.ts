import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Deck, loadContent } from '@mamoru/content';
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

// A real deck with its figures: owner-60 only (one conversion takes seconds on a busy machine; the
// XML of every deck's charts is checked in pptx-figures.test.ts).
describe('LibreOffice opens the native charts and diagram shapes of owner-60', () => {
  let deck: Deck;
  let pdfPath: string;
  let pageCount: number;

  beforeAll(async () => {
    const content = await loadContent();
    const found = content.decks.find((candidate) => candidate.id === 'owner-60');
    if (!found) throw new Error('content/decks/owner-60.mdx missing');
    deck = found;
    const model = deckForPptx(deck, content.questions, content.figures);
    pageCount = model.slides.length;
    const dir = mkdtempSync(join(tmpdir(), 'decks-office-owner-'));
    const pptxPath = join(dir, `${deck.id}.pptx`);
    writeFileSync(pptxPath, await writeDeckPptx(model));
    pdfPath = await convertWithLibreOffice(pptxPath, dir);
  }, 180_000);

  it('converts to one page per slide', () => {
    expect(countPdfPages(readFileSync(pdfPath))).toBe(pageCount);
  });

  it('draws the charts from their data sheets and the diagrams as text: their numbers and words are on the pages', async () => {
    const { stdout } = await run('pdftotext', [pdfPath, '-']);
    const text = stdout.replace(/\s+/g, '');
    // budget-plans (a bar chart): its values as the chart's data labels.
    expect(text).toContain('9.5%');
    expect(text).toContain('27.0%');
    // tokyo-cybercrime-arrests (a line chart) and security-workforce (bars).
    expect(text).toContain('1,180件');
    expect(text).toContain('26.5万人');
    // stepping-stone (a diagram of boxes): its words.
    expect(text).toContain('小さな取引先');
    expect(text).toContain('出典：');
  });
});
