import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Figure } from '@mamoru/content';
import { renderFigureSvg, sourceLine, titleWithYear } from '@mamoru/figures';
import { Resvg } from '@resvg/resvg-js';
import { fontFilesFor } from '../og/font-subsets.ts';
import { breakLines } from '../og/line-break.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

/** The picture's size: 4:3, as LINE shows a Flex hero with aspectRatio 4:3. */
export const FIGURE_PNG = { width: 1024, height: 768 } as const;
/** Text size in the 1024 px drawing: a hero is about 300 px wide on a phone, so ~12 px there. */
const FONT_SIZE = 40;
const FAMILY = 'Noto Sans JP';

/**
 * A figure as a PNG for the LINE bot: the same SVG as on the site, drawn 1024 px wide and centred
 * on a white 4:3 page (shrunk to fit when taller). The SVG's text takes the page's font
 * (`font-family="inherit"`), which means nothing outside a page: here it is Noto Sans JP from
 * @fontsource, the font of the link cards, turned from WOFF into OpenType files in `fontDir`.
 *
 * The font comes as many subsets per weight, and resvg fills a character the first subset lacks
 * from any loaded subset, bold or not. So the bold text is drawn alone with the bold subsets, and
 * laid as a picture over the rest, drawn with the normal ones.
 */
export async function renderFigurePng(figure: Figure, fontDir: string): Promise<Uint8Array> {
  const { svg, box, text } = figurePage(figure);
  const boldOnly = pageSvg(box, svg.replace(BOLD_TEXT, '<text visibility="visible"$1>'), 'hidden');
  const boldLayer = await draw(boldOnly, await openTypeFiles(text, 700, fontDir));
  const rest = pageSvg(
    box,
    svg.replace(BOLD_TEXT, '<text visibility="hidden"$1>'),
    'visible',
    `<image href="data:image/png;base64,${Buffer.from(boldLayer).toString('base64')}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/>`,
  );
  return draw(rest, await openTypeFiles(text, 400, fontDir), '#fff');
}

/**
 * The figure's page as the PNG draws it: its title and year above the SVG (1024 wide, 40 px text,
 * the font named) and its source below, so the picture says when and where its numbers are from
 * wherever it goes; the 4:3 box around it; and the words it writes. Exported for the test, which
 * draws it without its text.
 */
export function figurePage(figure: Figure): { svg: string; box: Box; text: string } {
  const drawing = renderFigureSvg(figure, { width: FIGURE_PNG.width, fontSize: FONT_SIZE });
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(drawing);
  if (!size) throw new Error(`Figure ${figure.id}: its SVG has no viewBox`);
  const [width, height] = [Number(size[1]), Number(size[2])];
  const parts: string[] = [];
  let y = 0;
  const lines = (line: string, fontSize: number, bold: boolean) => {
    for (const part of breakLines(line, width - 2 * MARGIN, widthAt(fontSize), 3)) {
      y += fontSize * 1.35;
      parts.push(
        `<text x="${width / 2}" y="${y - fontSize * 0.3}" text-anchor="middle" font-size="${fontSize}"${bold ? ' font-weight="bold"' : ''} fill="#1a1a1a">${escapeText(part)}</text>`,
      );
    }
  };
  lines(titleWithYear(figure), TITLE_SIZE, true);
  y += GAP;
  parts.push(drawing.replace('<svg ', `<svg x="0" y="${y}" `));
  y += height + GAP;
  const source = sourceLine(figure);
  if (source) lines(source, SOURCE_SIZE, false);
  y += GAP;
  // The smallest 4:3 box around it all, with the content in its middle.
  const boxWidth = Math.max(width, (y * 4) / 3);
  const boxHeight = (boxWidth * 3) / 4;
  const svg = `<g font-family="${FAMILY}">\n${parts.join('\n').replace('font-family="inherit"', `font-family="${FAMILY}"`)}\n</g>`;
  return {
    svg,
    box: { x: (width - boxWidth) / 2, y: (y - boxHeight) / 2, width: boxWidth, height: boxHeight },
    text: svg.replace(/<title[\s\S]*?<\/desc>/, '').replace(/<[^>]+>/g, ''),
  };
}

const TITLE_SIZE = 44;
const SOURCE_SIZE = 30;
const GAP = 24;
const MARGIN = 16;

/** Width of a line before the font is at hand: a kana or kanji is 1 em, Latin text about 0.6 em. */
const widthAt = (fontSize: number) => (line: string) =>
  [...line].reduce((sum, char) => sum + ((char.codePointAt(0) ?? 0) < 0x2000 ? 0.6 : 1) * fontSize, 0);

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const BOLD_TEXT = /<text(\s[^>]*\bfont-weight="(?:bold|[6-9]00)"[^>]*)>/g;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function pageSvg(box: Box, drawing: string, visibility: 'visible' | 'hidden', over = ''): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" visibility="${visibility}">`,
    drawing,
    over,
    '</svg>',
  ].join('\n');
}

async function draw(svg: string, fontFiles: string[], background?: string): Promise<Uint8Array> {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: FIGURE_PNG.width },
    ...(background ? { background } : {}),
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
  }).render();
  if (rendered.width !== FIGURE_PNG.width || rendered.height !== FIGURE_PNG.height) {
    throw new Error(`Figure drawn ${rendered.width}x${rendered.height}, not 1024x768`);
  }
  return rendered.asPng();
}

// WOFF subsets already turned into OpenType files, by WOFF path (one conversion per build).
const converted = new Map<string, Promise<string>>();

/** OpenType files of the Noto Sans JP subsets of one weight that cover `text`. */
async function openTypeFiles(text: string, weight: 400 | 700, fontDir: string): Promise<string[]> {
  const woffs = await fontFilesFor(text, weight);
  return Promise.all(
    woffs.map((woff) => {
      let file = converted.get(woff);
      if (!file) {
        file = (async () => {
          const target = path.join(fontDir, path.basename(woff).replace(/\.woff$/, '.otf'));
          await mkdir(fontDir, { recursive: true });
          await writeFile(target, woffToSfnt(await readFile(woff)));
          return target;
        })();
        converted.set(woff, file);
      }
      return file;
    }),
  );
}
