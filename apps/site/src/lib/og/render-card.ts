import { type Canvas, clearCanvas, createCanvas, drawGlyph, fillRect } from './card-canvas.ts';
import { encodeIndexedPng } from './encode-png.ts';
import { type Glyph, glyphsFor, lineMetrics, type Weight } from './glyphs.ts';
import { breakLines } from './line-break.ts';

export interface CardText {
  title: string;
  /** Small line above the title (topic, audience). */
  kicker: string;
}

const SITE_LINE = 'まもる｜小さな会社の情報セキュリティ';
const WIDTH = 1200;
const HEIGHT = 630;
const BAR = 24;
const PADDING_X = 72;
const PADDING_Y = 64;
const TEXT_WIDTH = WIDTH - 2 * PADDING_X;
const INKS = { title: '#1a1d21', kicker: '#454c55', brand: '#0b5cad' };
// Large titles first; a title that needs more than two lines at 72 px gets up to three at 60 px.
const TITLE_SIZES = [
  { size: 72, maxLines: 2 },
  { size: 60, maxLines: 3 },
] as const;
const TITLE_LINE_HEIGHT = 1.35;

interface Run {
  lines: string[];
  glyphs: Map<string, Glyph>;
  size: number;
  ascent: number;
  descent: number;
}

const widthIn = (glyphs: Map<string, Glyph>) => (text: string) => {
  let width = 0;
  for (const char of text) width += glyphs.get(char)?.advance ?? 0;
  return width;
};

async function run(text: string, weight: Weight, size: number, maxLines: number): Promise<Run> {
  const glyphs = await glyphsFor(`${text}…`, weight, size);
  const lines = breakLines(text, TEXT_WIDTH, widthIn(glyphs), maxLines);
  return { lines, glyphs, size, ...(await lineMetrics(weight, size)) };
}

function drawLine(canvas: Canvas, run: Run, line: string, baseline: number, ink: number) {
  let x = PADDING_X;
  for (const char of line) {
    const glyph = run.glyphs.get(char);
    if (!glyph) continue;
    drawGlyph(canvas, glyph, x, baseline, ink);
    x += glyph.advance;
  }
}

async function titleRun(title: string): Promise<Run> {
  let fitted: Run | undefined;
  for (const { size, maxLines } of TITLE_SIZES) {
    fitted = await run(title, 700, size, maxLines);
    if (!fitted.lines.at(-1)?.endsWith('…') || title.endsWith('…')) return fitted;
  }
  if (!fitted) throw new Error('No title sizes');
  return fitted;
}

/**
 * A 1200x630 PNG link card (LINE, social networks): a blue bar, the kicker, the title in large bold
 * type and the site's name, assembled from glyphs drawn once (see glyphs.ts).
 */
export async function renderCard({ title, kicker }: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = spareCanvases.pop() ?? createCanvas(WIDTH, HEIGHT, INKS);
  try {
    return await drawCard(canvas, title, kicker);
  } finally {
    clearCanvas(canvas);
    spareCanvases.push(canvas);
  }
}

// A canvas is 750 kB: a worker draws a few cards at a time and reuses their canvases, rather than
// leaving a thousand of them to the garbage collector.
const spareCanvases: Canvas[] = [];

async function drawCard(canvas: Canvas, title: string, kicker: string): Promise<Uint8Array<ArrayBuffer>> {
  const [kickerRun, brandRun, heading] = await Promise.all([
    run(kicker, 400, 34, 1),
    run(SITE_LINE, 700, 32, 1),
    titleRun(title),
  ]);
  fillRect(canvas, 0, 0, WIDTH, BAR, canvas.inks.brand ?? 0);
  const kickerTop = BAR + PADDING_Y;
  drawLine(
    canvas,
    kickerRun,
    kickerRun.lines[0] ?? '',
    kickerTop + kickerRun.ascent,
    canvas.inks.kicker ?? 0,
  );
  const brandBaseline = HEIGHT - PADDING_Y - brandRun.descent;
  drawLine(canvas, brandRun, brandRun.lines[0] ?? '', brandBaseline, canvas.inks.brand ?? 0);
  // The title sits in the middle of the space between the kicker and the site's name.
  const spaceTop = kickerTop + kickerRun.ascent + kickerRun.descent;
  const spaceBottom = brandBaseline - brandRun.ascent;
  const lineHeight = heading.size * TITLE_LINE_HEIGHT;
  const blockTop = spaceTop + (spaceBottom - spaceTop - heading.lines.length * lineHeight) / 2;
  const halfLeading = (lineHeight - heading.ascent - heading.descent) / 2;
  heading.lines.forEach((line, index) => {
    const baseline = blockTop + index * lineHeight + halfLeading + heading.ascent;
    drawLine(canvas, heading, line, baseline, canvas.inks.title ?? 0);
  });
  return encodeIndexedPng(canvas.scanlines, WIDTH, HEIGHT, canvas.palette);
}
