import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Figure } from '@mamoru/content';
import { renderFigureSvg } from '@mamoru/figures';
import { Resvg } from '@resvg/resvg-js';
import { fontFilesFor } from '../og/font-subsets.ts';
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
 * The figure's SVG as the PNG draws it (1024 wide, 40 px text, the font named), the 4:3 box
 * around it and the words it writes. Exported for the test, which draws it without its text.
 */
export function figurePage(figure: Figure): { svg: string; box: Box; text: string } {
  const svg = renderFigureSvg(figure, { width: FIGURE_PNG.width, fontSize: FONT_SIZE });
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!size) throw new Error(`Figure ${figure.id}: its SVG has no viewBox`);
  const [width, height] = [Number(size[1]), Number(size[2])];
  // The smallest 4:3 box around the drawing, with the drawing in its middle.
  const boxWidth = Math.max(width, (height * 4) / 3);
  const boxHeight = (boxWidth * 3) / 4;
  return {
    svg: svg.replace('font-family="inherit"', `font-family="${FAMILY}"`),
    box: { x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight },
    text: svg.replace(/<title[\s\S]*?<\/desc>/, '').replace(/<[^>]+>/g, ''),
  };
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
