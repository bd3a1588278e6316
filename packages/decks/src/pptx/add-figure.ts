import type { Figure } from '@mamoru/content';
import { figureToPptxChart, figureToPptxShapes, sourceLine, titleWithYear } from '@mamoru/figures';
// Types only: write-deck-pptx.ts stays the one module that loads pptxgenjs.
import type * as Pptx from 'pptxgenjs';

type PptxSlidePage = Pptx.default.Slide;

/** Where a figure goes on a 10 x 5.625 inch slide. */
export interface FigureFrame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Height of the caption line under the figure (year and source), in inches. */
const CAPTION_HEIGHT = 0.4;

/**
 * A figure on a PPTX slide, editable where it lands: a chart becomes a native chart (its numbers in
 * the chart's own data sheet, so an instructor can restyle it or add their region's figures), a
 * diagram becomes native boxes and arrows. Under it, one line with the year and the source.
 */
export function addFigure(page: PptxSlidePage, figure: Figure, frame: FigureFrame, font: string): void {
  const text = { fontFace: font, lang: 'ja-JP' } as const;
  const drawing = { ...frame, h: frame.h - CAPTION_HEIGHT };
  let caption: string;
  if (figure.kind === 'chart') {
    const { type, data, options, sourceText } = figureToPptxChart(figure);
    page.addChart(type, data, {
      ...options,
      ...drawing,
      title: titleWithYear(figure),
      titleFontFace: font,
      legendFontFace: font,
      dataLabelFontFace: font,
      catAxisLabelFontFace: font,
      valAxisLabelFontFace: font,
      valAxisTitleFontFace: font,
      catAxisTitleFontFace: font,
    });
    caption = sourceText;
  } else {
    for (const item of figureToPptxShapes(figure, drawing, { compact: true })) {
      if (item.kind === 'line') page.addShape('line', item.options);
      else page.addText(item.text, { ...item.options, ...text });
    }
    caption = [titleWithYear(figure), sourceLine(figure)].filter(Boolean).join('　');
  }
  if (figure.note) caption = `${caption}　${figure.note}`;
  page.addText(caption, {
    ...text,
    x: frame.x,
    y: frame.y + frame.h - CAPTION_HEIGHT,
    w: frame.w,
    h: CAPTION_HEIGHT,
    fontSize: 10,
    color: '454C55',
    valign: 'top',
    fit: 'shrink',
    margin: 0.05,
  });
}
