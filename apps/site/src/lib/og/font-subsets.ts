import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Noto Sans JP from the npm registry (@fontsource), so OG images build on a machine without system
 * fonts. The package splits the font into unicode-range subsets; satori reads .woff (not .woff2),
 * so only the .woff subsets that cover the given text are loaded.
 */
interface Subset {
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);

async function readSubsets(weight: number): Promise<{ dir: string; subsets: Subset[] }> {
  const cssPath = require.resolve(`@fontsource/noto-sans-jp/${weight}.css`);
  const css = await readFile(cssPath, 'utf8');
  const subsets: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [start = '0', end] = part.trim().replace(/^U\+/, '').split('-');
      return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)];
    });
    subsets.push({ file, ranges });
  }
  return { dir: path.join(path.dirname(cssPath), 'files'), subsets };
}

const cache = new Map<string, Promise<ArrayBuffer>>();

/** The .woff subsets (as satori font data) needed to draw `text` in the given weight. */
export async function fontDataFor(text: string, weight: number): Promise<ArrayBuffer[]> {
  const { dir, subsets } = await readSubsets(weight);
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];
  const needed = subsets.filter((subset) =>
    codePoints.some((code) => subset.ranges.some(([start, end]) => code >= start && code <= end)),
  );
  return Promise.all(
    needed.map((subset) => {
      const file = path.join(dir, subset.file);
      let data = cache.get(file);
      if (!data) {
        data = readFile(file).then(
          (buffer) =>
            buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        );
        cache.set(file, data);
      }
      return data;
    }),
  );
}
