import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../load/list-files.ts';
import { displayPath } from '../load/locations.ts';
import type { Problem } from '../problem.ts';
import { positionIn } from './context.ts';

type Report = (problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;

/** Largest drawn diagram accepted: it goes inline into a lesson page with a 10 KB gzip budget. */
export const MAX_DRAWING_BYTES = 30_000;

/** Things a drawing inlined into a page must not carry: script, outside resources, web fonts. */
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /<script\b/gi, what: '<script>' },
  { pattern: /\son[a-z]+\s*=/gi, what: 'イベント属性 (on...=)' },
  { pattern: /<foreignObject\b/gi, what: '<foreignObject>' },
  { pattern: /(?:xlink:)?href\s*=\s*["'](?:https?:|\/\/|data:)/gi, what: '外部や埋め込みの参照 (href)' },
  { pattern: /@font-face|@import/gi, what: 'ウェブフォントや @import' },
];

/**
 * Diagrams that authors draw by hand: content/figures/*.svg. Each needs a non-empty <title> and
 * <desc> (the accessible name and description), a viewBox (so it scales on a phone), at most
 * MAX_DRAWING_BYTES, and nothing that runs or loads from elsewhere. Problems point at the line.
 */
export async function checkFigureDrawings(root: string, report: Report): Promise<void> {
  for (const absolutePath of await listFiles(path.join(root, 'figures'), ['.svg'])) {
    const file = displayPath(absolutePath);
    const text = await readFile(absolutePath, 'utf8');
    const fail = (offset: number, message: string) =>
      report({ file, ...positionIn(text, offset, 1), rule: 'figure-svg', message });
    const svgAt = text.search(/<svg\b/);
    if (svgAt < 0) {
      fail(0, '<svg> 要素がありません');
      continue;
    }
    const svgTag = text.slice(svgAt, text.indexOf('>', svgAt) + 1);
    if (!/<title\b[^>]*>\s*[^<\s][^<]*<\/title>/.test(text)) {
      fail(svgAt, '<title> (図の名前) がありません。<svg> のすぐ後に書いてください');
    }
    if (!/<desc\b[^>]*>\s*[^<\s][^<]*<\/desc>/.test(text)) {
      fail(svgAt, '<desc> (図が伝える1文) がありません。<title> の後に書いてください');
    }
    if (!/\sviewBox\s*=/.test(svgTag))
      fail(svgAt, '<svg> に viewBox がありません (小さな画面で縮められません)');
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_DRAWING_BYTES) {
      fail(0, `ファイルが ${bytes} バイトあります (${MAX_DRAWING_BYTES} バイトまで)`);
    }
    for (const { pattern, what } of FORBIDDEN) {
      for (const match of text.matchAll(pattern)) fail(match.index, `${what} は使えません`);
    }
  }
}
