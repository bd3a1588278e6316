import JSZip from 'jszip';
import pptxgenjsModule from 'pptxgenjs';
import type { PptxDeck, PptxParagraph, PptxSlide } from '../export/pptx-deck.ts';
import { addFigure, type FigureFrame } from './add-figure.ts';

// The only module that knows pptxgenjs (dormant upstream): replacing the library means rewriting this file.

// Its types read as a CommonJS module (the class under .default) under NodeNext and as the class
// itself under bundler resolution (the site); Node loads the ES build, whose default is the class.
type LoadedModule = typeof pptxgenjsModule;
type PptxConstructor = LoadedModule extends { default: infer Class } ? Class : LoadedModule;
const PptxGenJS = ((pptxgenjsModule as unknown as { default?: unknown }).default ??
  pptxgenjsModule) as PptxConstructor;
type Presentation = InstanceType<typeof PptxGenJS>;

/**
 * A PPTX names one font per text run, with no fallback list. 游ゴシック ships with Windows (8.1 and
 * later) and macOS (10.9 and later) and is PowerPoint's own Japanese theme font, so a venue's PC
 * shows the deck as laid out. Where it is missing (LibreOffice on Linux) the application substitutes
 * its Japanese font; on Debian that is Noto Sans CJK JP (the LibreOffice test checks it).
 */
export const PPTX_FONT = '游ゴシック';

export interface WriteDeckPptxOptions {
  font?: string;
}

const INK = '1A1A1A';
const ACCENT = '0B5CAD';
// The web deck's colours for a revealed answer (styles/deck.css --deck-right, --deck-ink-soft).
const RIGHT = '1D6B36';
const MUTED = '5A626B';

function toneOptions(paragraph: PptxParagraph) {
  switch (paragraph.tone) {
    case 'right':
      return { color: RIGHT, bold: true };
    case 'muted':
      return { color: MUTED };
    case 'strong':
      return { bold: true };
    default:
      return {};
  }
}
// LAYOUT_16x9 is 10 x 5.625 inches.
const MARGIN_X = 0.5;
const WIDTH = 9;
// A slide with a figure: the text in a column on the left (as the web slide), the figure on the right;
// a slide with only a title gives the figure the whole width.
const TEXT_BESIDE_FIGURE_WIDTH = 3.3;
const FIGURE_TOP = 1.3;
const FIGURE_HEIGHT = 4.1;

function figureFrame(slide: PptxSlide): FigureFrame {
  if (slide.paragraphs.length === 0) return { x: MARGIN_X, y: FIGURE_TOP, w: WIDTH, h: FIGURE_HEIGHT };
  const x = MARGIN_X + TEXT_BESIDE_FIGURE_WIDTH + 0.2;
  return { x, y: FIGURE_TOP, w: MARGIN_X + WIDTH - x, h: FIGURE_HEIGHT };
}

function addSlide(pptx: Presentation, slide: PptxSlide, isFirst: boolean, font: string): void {
  const page = pptx.addSlide();
  page.background = { color: 'FFFFFF' };
  const common = { fontFace: font, lang: 'ja-JP', color: INK, margin: 0.05 } as const;
  const band = slide.kind === 'quiz' ? ACCENT : slide.kind === 'answer' ? RIGHT : undefined;
  if (band) {
    page.addShape(pptx.ShapeType.rect, {
      x: 0,
      y: 0,
      w: 10,
      h: 0.12,
      fill: { color: band },
      line: { color: band },
    });
  }
  page.addText(slide.title, {
    ...common,
    x: MARGIN_X,
    y: isFirst ? 1.6 : 0.35,
    w: WIDTH,
    h: isFirst ? 1.4 : 0.9,
    fontSize: isFirst ? 40 : 30,
    bold: true,
    color: band ?? INK,
    align: isFirst ? 'center' : 'left',
    valign: isFirst ? 'middle' : 'top',
    fit: 'shrink',
  });
  if (slide.paragraphs.length > 0) {
    page.addText(
      slide.paragraphs.map((paragraph) => ({
        text: paragraph.text,
        options: {
          ...toneOptions(paragraph),
          // Centred lines under the title: bullets would hang far from their text.
          bullet: paragraph.bullet && !isFirst ? { indent: 22 } : false,
          indentLevel: paragraph.level,
          breakLine: true,
        },
      })),
      {
        ...common,
        x: MARGIN_X,
        y: isFirst ? 3.1 : 1.35,
        w: slide.figure ? TEXT_BESIDE_FIGURE_WIDTH : WIDTH,
        h: isFirst ? 1.8 : 3.9,
        fontSize: isFirst ? 24 : slide.figure ? 20 : 22,
        align: isFirst ? 'center' : 'left',
        valign: 'top',
        paraSpaceAfter: 8,
        fit: 'shrink',
      },
    );
  }
  if (slide.figure) addFigure(page, slide.figure, figureFrame(slide), font);
  page.addNotes(slide.notes);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * pptxgenjs names only the Latin font in the theme; text that takes the theme's font (the notes,
 * new text an instructor adds) should get the Japanese one too.
 */
async function setThemeJapaneseFont(zip: JSZip, font: string): Promise<void> {
  const path = 'ppt/theme/theme1.xml';
  const xml = await zip.file(path)?.async('string');
  if (xml === undefined) throw new Error(`PPTX has no ${path}`);
  const empty = /<a:ea typeface=""\/>/g;
  if ((xml.match(empty) ?? []).length !== 2)
    throw new Error(`Unexpected fonts in ${path}: did pptxgenjs change?`);
  const typeface = escapeXml(font).replace(/"/g, '&quot;');
  zip.file(
    path,
    xml
      .replace(empty, `<a:ea typeface="${typeface}"/>`)
      .replace(
        /<a:font script="Jpan" typeface="[^"]*"\/>/g,
        `<a:font script="Jpan" typeface="${typeface}"/>`,
      ),
  );
}

/**
 * pptxgenjs puts all notes in one run tagged en-US; rewrite them as one Japanese paragraph per
 * line so the notes pane keeps the author's line breaks and spell-checks as Japanese.
 */
async function splitNotesIntoParagraphs(zip: JSZip, deck: PptxDeck): Promise<void> {
  for (const [index, slide] of deck.slides.entries()) {
    const path = `ppt/notesSlides/notesSlide${index + 1}.xml`;
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new Error(`PPTX has no ${path}`);
    const single =
      /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>[\s\S]*?<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/;
    if (!single.test(xml)) throw new Error(`Unexpected notes XML in ${path}: did pptxgenjs change?`);
    const paragraphs = slide.notes
      .split('\n')
      .map((line) =>
        line.trim() === ''
          ? '<a:p><a:endParaRPr lang="ja-JP"/></a:p>'
          : `<a:p><a:r><a:rPr lang="ja-JP" altLang="en-US"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>`,
      )
      .join('');
    zip.file(
      path,
      xml.replace(single, () => paragraphs),
    );
  }
}

/** Writes a deck as an editable PPTX (real text boxes, notes in the notes pane, a Japanese theme font). */
export async function writeDeckPptx(deck: PptxDeck, options: WriteDeckPptxOptions = {}): Promise<Uint8Array> {
  const font = options.font ?? PPTX_FONT;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.subject = '情報セキュリティ研修';
  pptx.author = 'まもる';
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  for (const [index, slide] of deck.slides.entries()) addSlide(pptx, slide, index === 0, font);
  const written = await pptx.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  const zip = await JSZip.loadAsync(written);
  await splitNotesIntoParagraphs(zip, deck);
  await setThemeJapaneseFont(zip, font);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
