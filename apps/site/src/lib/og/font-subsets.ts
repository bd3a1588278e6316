import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Noto Sans JP from the npm registry (@fontsource), so OG images build on a machine without system
 * fonts. The package splits the font into unicode-range subsets; opentype.js reads .woff (not .woff2),
 * so only the .woff subsets that cover the given text are loaded.
 */
interface Subset {
  /** Absolute path of the .woff file. */
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);

async function readSubsets(weight: number): Promise<Subset[]> {
  const cssPath = require.resolve(`@fontsource/noto-sans-jp/${weight}.css`);
  const css = await readFile(cssPath, 'utf8');
  const dir = path.join(path.dirname(cssPath), 'files');
  const subsets: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [start = '0', end] = part.trim().replace(/^U\+/, '').split('-');
      return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)];
    });
    subsets.push({ file: path.join(dir, file), ranges });
  }
  return subsets;
}

// One build draws a card per lesson: read the CSS and every .woff file once.
const subsetsByWeight = new Map<number, ReturnType<typeof readSubsets>>();
const cache = new Map<string, Promise<ArrayBuffer>>();

function subsetsOf(weight: number): ReturnType<typeof readSubsets> {
  let subsets = subsetsByWeight.get(weight);
  if (!subsets) {
    subsets = readSubsets(weight);
    subsetsByWeight.set(weight, subsets);
  }
  return subsets;
}

// The unicode-range lists are long: remember which subsets hold each character once it was looked up.
const filesByCodePoint = new Map<string, string[]>();

/** The paths of the .woff subsets needed to draw `text` in the given weight. */
export async function fontFilesFor(text: string, weight: number): Promise<string[]> {
  const subsets = await subsetsOf(weight);
  const files = new Set<string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0;
    const key = `${weight}:${code}`;
    let found = filesByCodePoint.get(key);
    if (!found) {
      found = subsets
        .filter((subset) => subset.ranges.some(([start, end]) => code >= start && code <= end))
        .map((subset) => subset.file);
      filesByCodePoint.set(key, found);
    }
    for (const file of found) files.add(file);
  }
  // Keep the CSS order: glyphs.ts takes the first subset that has the character.
  return subsets.filter((subset) => files.has(subset.file)).map((subset) => subset.file);
}

/** A .woff file's bytes, read once per build. */
export function fontData(file: string): Promise<ArrayBuffer> {
  let data = cache.get(file);
  if (!data) {
    data = readFile(file).then(
      (buffer) =>
        buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
    );
    cache.set(file, data);
  }
  return data;
}
