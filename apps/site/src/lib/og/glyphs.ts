import { Resvg } from '@resvg/resvg-js';
import opentype, { type Font, type Path } from '@shuding/opentype.js';
import { fontData, fontFilesFor } from './font-subsets.ts';

export type Weight = 400 | 700;

/** One character drawn once: its coverage (0-255) around the pen position on the baseline. */
export interface Glyph {
  /** How far the pen moves, in pixels. */
  advance: number;
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

// A card is assembled from glyphs drawn once per build (per worker): a lesson title repeats
// characters the other titles already used, so most cards draw no glyph at all.
const parsedFonts = new Map<string, Promise<Font>>();
const glyphs = new Map<string, Glyph>();

function parsed(file: string): Promise<Font> {
  let font = parsedFonts.get(file);
  if (!font) {
    font = fontData(file).then((data) => opentype.parse(data));
    parsedFonts.set(file, font);
  }
  return font;
}

async function fontFor(char: string, weight: Weight): Promise<Font | undefined> {
  for (const file of await fontFilesFor(char, weight)) {
    const font = await parsed(file);
    if (font.hasChar(char)) return font;
  }
  return undefined;
}

// Satori's fork of opentype.js: the upstream 2.0 release draws some of these subsets' glyphs wrong.
/** The pixel box around a path's points (control points included, so never too small). */
function boundsOf(path: Path): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const command of path.commands)
    for (const [x, y] of [
      [command.x, command.y],
      [command.x1, command.y1],
      [command.x2, command.y2],
    ])
      if (x !== undefined && y !== undefined) {
        x1 = Math.min(x1, x);
        y1 = Math.min(y1, y);
        x2 = Math.max(x2, x);
        y2 = Math.max(y2, y);
      }
  return { x1, y1, x2, y2 };
}

function rasterise(font: Font, char: string, size: number): Glyph {
  const glyph = font.charToGlyph(char);
  const advance = ((glyph.advanceWidth ?? font.unitsPerEm) * size) / font.unitsPerEm;
  const path = glyph.getPath(0, 0, size);
  const box = boundsOf(path);
  const left = Math.floor(box.x1);
  const top = Math.floor(box.y1);
  const width = Math.ceil(box.x2) - left;
  const height = Math.ceil(box.y2) - top;
  if (!(width > 0 && height > 0))
    return { advance, left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path d="${path.toPathData(2)}"/></svg>`;
  const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const coverage = new Uint8Array(width * height);
  for (let index = 0; index < coverage.length; index++) coverage[index] = pixels[index * 4 + 3] ?? 0;
  return { advance, left, top, width, height, coverage };
}

/** The glyphs of every character of `text` in one weight and size, drawn on first use. */
export async function glyphsFor(text: string, weight: Weight, size: number): Promise<Map<string, Glyph>> {
  const found = new Map<string, Glyph>();
  for (const char of new Set(text)) {
    const key = `${weight}:${size}:${char}`;
    let glyph = glyphs.get(key);
    if (!glyph) {
      const font = await fontFor(char, weight);
      // A character no subset covers (an emoji, say) keeps its place as a blank.
      glyph = font
        ? rasterise(font, char, size)
        : { advance: size, left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
      glyphs.set(key, glyph);
    }
    found.set(char, glyph);
  }
  return found;
}

/** Ascent and descent of the Japanese font at `size` pixels (from the subset holding あ). */
export async function lineMetrics(
  weight: Weight,
  size: number,
): Promise<{ ascent: number; descent: number }> {
  const font = await fontFor('あ', weight);
  if (!font) throw new Error('The Noto Sans JP subsets in @fontsource/noto-sans-jp have no あ');
  return {
    ascent: (font.ascender * size) / font.unitsPerEm,
    descent: (-font.descender * size) / font.unitsPerEm,
  };
}
