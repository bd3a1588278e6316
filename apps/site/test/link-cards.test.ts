import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, DIST, openBuiltSite } from './support/built-site.ts';
import { builtHtmlFiles } from './support/pages.ts';

interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  palette: Buffer;
  /** One palette index per pixel (the filter bytes removed; the cards use filter 0 only). */
  pixels: Uint8Array;
}

function decodePalettePng(file: string): DecodedPng {
  const png = readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')?.[0] ?? Buffer.alloc(13);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const scanlines = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    expect(scanlines[row * (width + 1)]).toBe(0);
    pixels.set(scanlines.subarray(row * (width + 1) + 1, (row + 1) * (width + 1)), row * width);
  }
  return {
    width,
    height,
    colourType: header[9] ?? -1,
    palette: chunks.get('PLTE')?.[0] ?? Buffer.alloc(0),
    pixels,
  };
}

const inkIn = (card: DecodedPng, fromRow: number, toRow: number) =>
  card.pixels.subarray(fromRow * card.width, toRow * card.width).filter((index) => index !== 0).length;

const lessonCards = builtHtmlFiles()
  .filter(([sitePath]) => sitePath.startsWith('/lessons/') && sitePath !== '/lessons/')
  .map(([sitePath, file]) => {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    return { sitePath, image: new URL(image).pathname };
  });

describe('link cards (og:image of every lesson)', () => {
  it('every lesson has its own card', () => {
    expect(lessonCards.length).toBeGreaterThan(40);
    expect(new Set(lessonCards.map((card) => card.image)).size).toBe(lessonCards.length);
  });

  it.each(lessonCards)(
    '$sitePath: a 1200x630 card with the bar, kicker, title and site name drawn',
    ({ image }) => {
      const card = decodePalettePng(path.join(DIST, image));
      expect([card.width, card.height, card.colourType]).toEqual([1200, 630, 3]);
      // The blue bar: every pixel of the top rows is one fully inked entry, #0b5cad.
      const bar = new Set(card.pixels.subarray(0, 24 * 1200));
      expect(bar.size).toBe(1);
      const entry = [...bar][0] ?? 0;
      expect([...card.palette.subarray(entry * 3, entry * 3 + 3)]).toEqual([0x0b, 0x5c, 0xad]);
      expect(inkIn(card, 88, 140)).toBeGreaterThan(1500); // kicker
      expect(inkIn(card, 160, 500)).toBeGreaterThan(8000); // title
      expect(inkIn(card, 520, 566)).toBeGreaterThan(3000); // site name
      expect(inkIn(card, 600, 630)).toBe(0); // the bottom margin stays white
    },
  );

  it('two lessons with different titles get different title areas', () => {
    const [first, second] = lessonCards.map((card) => decodePalettePng(path.join(DIST, card.image)));
    expect(first && second).toBeTruthy();
    const titleArea = (card: DecodedPng) => Buffer.from(card.pixels.subarray(160 * 1200, 500 * 1200));
    expect(titleArea(first as DecodedPng).equals(titleArea(second as DecodedPng))).toBe(false);
  });
});

describe('link cards in a real browser', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await openBuiltSite();
  });
  afterAll(() => site?.close());

  it('chromium decodes a card at its full size', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.url}${lessonCards[0]?.sitePath}`);
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    }, lessonCards[0]?.image ?? '');
    expect(size).toEqual([1200, 630]);
  });
});
