import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Noto Sans JP from the npm registry (@fontsource), so the image builds without system fonts.
 * The package splits the font by unicode-range; satori reads .woff, so only the .woff subsets
 * covering `text` are loaded. (apps/site/src/lib/og does the same for link cards.)
 */
export async function notoSubsetsFor(text: string, weight: 400 | 700): Promise<ArrayBuffer[]> {
  const cssPath = require.resolve(`@fontsource/noto-sans-jp/${weight}.css`);
  const css = await readFile(cssPath, 'utf8');
  const codes = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))];
  const files: string[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part) => {
      const [start = '0', end] = part.trim().replace(/^U\+/, '').split('-');
      return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)] as const;
    });
    if (codes.some((code) => ranges.some(([a, b]) => code >= a && code <= b))) files.push(file);
  }
  const dir = join(dirname(cssPath), 'files');
  return Promise.all(
    files.map(async (file) => {
      const buffer = await readFile(join(dir, file));
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    }),
  );
}
