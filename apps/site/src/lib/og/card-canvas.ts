import type { Glyph } from './glyphs.ts';

/**
 * A white canvas that holds one palette index per pixel. Each ink has LEVELS shades between white
 * and the ink itself, enough for smooth glyph edges; index 0 is white. Rows are laid out as PNG
 * scanlines (a filter byte of 0 before each row), so the PNG encoder compresses them as they are.
 */
const LEVELS = 84;
const WHITE = 0xff;

export interface Canvas {
  width: number;
  height: number;
  /** height rows of 1 + width bytes: the filter byte, then the row's palette indices. */
  scanlines: Uint8Array;
  palette: Uint8Array;
  /** Ink number (order of `inks`) by name. */
  inks: Record<string, number>;
  /** Per ink, the palette index of each glyph coverage 0-255 (worked out once, not per pixel). */
  shades: Uint8Array[];
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

export function createCanvas(width: number, height: number, inks: Record<string, string>): Canvas {
  const names = Object.keys(inks);
  if (names.length * LEVELS + 1 > 256)
    throw new Error(`A card has room for ${Math.floor(255 / LEVELS)} inks`);
  const palette = new Uint8Array((names.length * LEVELS + 1) * 3);
  palette.fill(WHITE, 0, 3);
  names.forEach((name, ink) => {
    const color = rgb(inks[name] ?? '#000000');
    for (let level = 1; level <= LEVELS; level++) {
      const entry = (1 + ink * LEVELS + level - 1) * 3;
      for (let channel = 0; channel < 3; channel++)
        palette[entry + channel] = Math.round(WHITE + ((color[channel] ?? 0) - WHITE) * (level / LEVELS));
    }
  });
  return {
    width,
    height,
    scanlines: new Uint8Array((width + 1) * height),
    palette,
    inks: Object.fromEntries(names.map((name, ink) => [name, ink])),
    shades: names.map((_, ink) => Uint8Array.from({ length: 256 }, (_, coverage) => indexOf(ink, coverage))),
  };
}

/** Makes `canvas` white again, so that one canvas serves card after card. */
export function clearCanvas(canvas: Canvas): void {
  canvas.scanlines.fill(0);
}

const indexOf = (ink: number, coverage: number) =>
  coverage === 0 ? 0 : 1 + ink * LEVELS + Math.max(0, Math.round((coverage * LEVELS) / 255) - 1);

export function fillRect(canvas: Canvas, x: number, y: number, width: number, height: number, ink: number) {
  const index = indexOf(ink, 255);
  for (let row = y; row < y + height; row++) {
    const start = row * (canvas.width + 1) + 1 + x;
    canvas.scanlines.fill(index, start, start + width);
  }
}

/** Draws `glyph` with its pen position at (x, y) on the baseline; overlapping edges keep the darker shade. */
export function drawGlyph(canvas: Canvas, glyph: Glyph, x: number, y: number, ink: number) {
  const { scanlines, width } = canvas;
  const shades = canvas.shades[ink];
  if (!shades) throw new Error(`No ink ${ink} on this canvas`);
  const originX = Math.round(x) + glyph.left;
  const originY = Math.round(y) + glyph.top;
  const firstColumn = Math.max(0, -originX);
  const lastColumn = Math.min(glyph.width, width - originX);
  for (let row = 0; row < glyph.height; row++) {
    const canvasY = originY + row;
    if (canvasY < 0 || canvasY >= canvas.height) continue;
    const rowStart = canvasY * (width + 1) + 1 + originX;
    const glyphRow = row * glyph.width;
    for (let column = firstColumn; column < lastColumn; column++) {
      const coverage = glyph.coverage[glyphRow + column] as number;
      if (coverage === 0) continue;
      const index = shades[coverage] as number;
      if (index > (scanlines[rowStart + column] as number)) scanlines[rowStart + column] = index;
    }
  }
}
