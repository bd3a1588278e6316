import type { Figure } from '@mamoru/content';
import { type RenderOptions, renderFigureSvg } from '@mamoru/figures';

/**
 * The box a slide gives its figure, in px of a 1280x720 slide (the slide's type is sized in cqi, so
 * proportions hold at every size): beside the slide's text, or under a title alone, after the
 * caption's lines. Both are about this shape, so one drawing size serves both.
 */
export const SLIDE_FIGURE_FRAME = { width: 640, height: 340 } as const;

/** Text size the figure is drawn with; the drawing is then scaled into the frame. */
const FONT_SIZE = 24;
const WIDTHS = [400, 480, 560, 640, 720, 800, 960] as const;

export interface SlideFigureSize extends Required<Pick<RenderOptions, 'width' | 'fontSize' | 'compact'>> {
  /** Size of the figure's main text once scaled into the frame, in px of a 1280x720 slide. */
  shownFontSize: number;
}

const cache = new Map<string, SlideFigureSize>();

/**
 * How large to draw a figure for a slide: the drawing width whose shape fills the frame best, so
 * its text comes out largest (a tall drawing of steps would otherwise shrink to fit the height).
 */
export function slideFigureSize(figure: Figure): SlideFigureSize {
  const cached = cache.get(figure.id);
  if (cached) return cached;
  let best: SlideFigureSize | undefined;
  for (const width of WIDTHS) {
    const svg = renderFigureSvg(figure, { width, fontSize: FONT_SIZE, compact: true });
    const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1]);
    const scale = Math.min(SLIDE_FIGURE_FRAME.width / width, SLIDE_FIGURE_FRAME.height / height);
    const shownFontSize = Math.round(FONT_SIZE * scale * 10) / 10;
    if (!best || shownFontSize > best.shownFontSize) {
      best = { width, fontSize: FONT_SIZE, compact: true, shownFontSize };
    }
  }
  if (!best) throw new Error(`Figure ${figure.id}: no slide size`);
  cache.set(figure.id, best);
  return best;
}

const usesByPage = new Map<string, number>();

/**
 * The id prefix of a figure's n-th use on a page: a figure may come back on a later slide, and two
 * copies must not share the ids of their title, description and patterns. Pages render their slides
 * in order, so the numbers are the same on every build.
 */
export function slideFigureIdPrefix(page: string, figureId: string): string {
  const uses = (usesByPage.get(page) ?? 0) + 1;
  usesByPage.set(page, uses);
  return `slide-fig-${uses}-${figureId}`;
}
