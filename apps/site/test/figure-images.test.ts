import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { figureImagePath, loadFigureFiles } from '@mamoru/content';
import { sourceLine, titleWithYear } from '@mamoru/figures';
import { Resvg } from '@resvg/resvg-js';
import opentype from '@shuding/opentype.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_PNG, figurePage, pageSvg } from '../src/lib/figure-images/figure-png.ts';
import { woffToSfnt } from '../src/lib/figure-images/woff-to-sfnt.ts';
import { DIST, requireBuiltSite } from './support/built-site.ts';

type Figures = Awaited<ReturnType<typeof loadFigureFiles>>;

/** RGBA pixels of a PNG: resvg decodes it as an image on a page of its size. */
function pixelsOf(png: Uint8Array): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const { width, height } = FIGURE_PNG;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

/** The figure's page drawn with some of its text left out, on white, with no font at all. */
function drawnWithout(figure: Figures[number], text: RegExp): Uint8Array {
  const { svg, box } = figurePage(figure);
  const { pixels } = new Resvg(pageSvg(box, svg.replace(text, ''), 'visible'), {
    fitTo: { mode: 'width', value: FIGURE_PNG.width },
    background: '#fff',
    font: { loadSystemFonts: false },
  }).render();
  return pixels;
}

/** Share of pixels where two drawings differ clearly. */
function differing(a: Uint8Array, b: Uint8Array): number {
  let count = 0;
  for (let at = 0; at < a.length; at += 4) {
    if (Math.abs((a[at] ?? 0) - (b[at] ?? 0)) + Math.abs((a[at + 1] ?? 0) - (b[at + 1] ?? 0)) > 96) count++;
  }
  return count / (a.length / 4);
}

describe('figure images (/figures/<id>.png, for the LINE bot)', () => {
  let figures: Figures;
  beforeAll(async () => {
    requireBuiltSite();
    figures = await loadFigureFiles(path.resolve(import.meta.dirname, '../../../content'));
  });

  it('every figure is built as a 1024x768 PNG', () => {
    expect(figures.length).toBeGreaterThanOrEqual(14);
    for (const figure of figures) {
      const png = readFileSync(path.join(DIST, figureImagePath(figure.id)));
      expect(png.subarray(1, 4).toString('latin1'), figure.id).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], figure.id).toEqual([1024, 768]);
    }
  });

  it('says its title with the year and its source in the picture, so it is never read as today’s', () => {
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    for (const figure of figures) {
      const words = squeeze(figurePage(figure).text);
      expect(words, figure.id).toContain(squeeze(titleWithYear(figure)));
      if (figure.kind === 'chart') expect(words, figure.id).toContain(squeeze(sourceLine(figure) ?? '出典'));
    }
  });

  it('draws the words, bold ones included (the font is not a system font)', () => {
    for (const figure of figures) {
      const built = pixelsOf(readFileSync(path.join(DIST, figureImagePath(figure.id))));
      // Without any text the picture loses its labels: well over 1% of the pixels.
      expect(differing(built, drawnWithout(figure, /<text[\s\S]*?<\/text>/g)), figure.id).toBeGreaterThan(
        0.01,
      );
      // Bold text (values, box titles) is drawn on a layer of its own.
      const bold = /<text\s[^>]*font-weight="bold"[\s\S]*?<\/text>/g;
      if (/font-weight="bold"/.test(figurePage(figure).svg))
        expect(differing(built, drawnWithout(figure, bold)), figure.id).toBeGreaterThan(0.002);
    }
  });
});

describe('woffToSfnt', () => {
  it('gives the OpenType font inside a WOFF: same glyphs, same widths', () => {
    const require = createRequire(import.meta.url);
    const css = require.resolve('@fontsource/noto-sans-jp/400.css');
    const woff = readFileSync(path.join(path.dirname(css), 'files', 'noto-sans-jp-japanese-400-normal.woff'));
    const toArrayBuffer = (bytes: Uint8Array) =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const fromWoff = opentype.parse(toArrayBuffer(woff));
    const sfnt = woffToSfnt(woff);
    expect(new DataView(sfnt.buffer).getUint32(0)).not.toBe(0x774f4646);
    const fromSfnt = opentype.parse(toArrayBuffer(sfnt));
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.numGlyphs).toBeGreaterThan(100);
    for (const char of 'あ情報')
      expect(fromSfnt.charToGlyph(char).advanceWidth).toBe(fromWoff.charToGlyph(char).advanceWidth);
    expect(() => woffToSfnt(new Uint8Array(sfnt))).toThrow(/Not a WOFF/);
  });
});
