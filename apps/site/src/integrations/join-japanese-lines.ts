import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// Authors break lines after each sentence; browsers other than Firefox render such a line break
// between two Japanese characters as a space. Remove exactly those breaks from the built HTML.
const JAPANESE = '\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60';
const BREAK_BETWEEN_JAPANESE = new RegExp(`([${JAPANESE}])[ \\t]*\\n[ \\t]*(?=[${JAPANESE}])`, 'g');

// Some lessons also write a space around <Term>: drop it where Japanese text touches the term.
const SPACE_BEFORE_TERM = new RegExp(`([${JAPANESE}]) (?=<button type="button" class="term")`, 'g');
const SPACE_AFTER_TERM = new RegExp(`(閉じる</button></span>) (?=[${JAPANESE}])`, 'g');

export function joinJapaneseLines(html: string): string {
  return html
    .replace(BREAK_BETWEEN_JAPANESE, '$1')
    .replace(SPACE_BEFORE_TERM, '$1')
    .replace(SPACE_AFTER_TERM, '$1');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return Promise.resolve(entry.name.endsWith('.html') ? [full] : []);
    }),
  );
  return nested.flat();
}

async function joinFile(file: string): Promise<void> {
  const html = await readFile(file, 'utf8');
  const joined = joinJapaneseLines(html);
  if (joined !== html) await writeFile(file, joined);
}

/** Runs after the build (and before the search index, which must see the same text). */
export function japaneseLineJoins(): AstroIntegration {
  return {
    name: 'mamoru-japanese-line-joins',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        // A few files at a time: the disk waits overlap, the open file count stays small.
        const files = await htmlFiles(fileURLToPath(dir));
        let next = 0;
        const worker = async () => {
          for (let file = files[next++]; file !== undefined; file = files[next++]) await joinFile(file);
        };
        await Promise.all(Array.from({ length: 16 }, worker));
      },
    },
  };
}
