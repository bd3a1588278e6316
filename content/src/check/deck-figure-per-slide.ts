import type { CheckContext } from './context.ts';
import { positionIn } from './context.ts';

const FIGURE_TAG = /<Figure\s+id=["']([^"']*)["']/g;

/** A figure placed on a slide that already shows one. */
export interface ExtraFigure {
  line: number;
  column: number;
  id: string;
  /** 1-based slide number, as the slide view counts. */
  slide: number;
}

/**
 * The figures after the first on each slide. `slideLines` are the file lines of the slides' opening
 * tags (in order); `startLine` is the file line where `body` starts.
 */
export function extraFiguresPerSlide(
  body: string,
  startLine: number,
  slideLines: readonly number[],
): ExtraFigure[] {
  const seen = new Set<number>();
  const extra: ExtraFigure[] = [];
  for (const match of body.matchAll(FIGURE_TAG)) {
    const position = positionIn(body, match.index, startLine);
    const slide = slideLines.findLastIndex((line) => line <= position.line);
    if (slide < 0) continue; // Outside any slide: deck-structure reports it.
    if (seen.has(slide)) extra.push({ ...position, id: match[1] ?? '', slide: slide + 1 });
    seen.add(slide);
  }
  return extra;
}

/**
 * deck-figure-per-slide: one figure per slide at most. A slide shows its figure large enough to read
 * from the back of the room, and the PPTX gives it the slide's one chart frame; a second figure
 * would shrink both. Put it on a slide of its own.
 */
export function checkDeckFigurePerSlide(context: CheckContext): void {
  for (const deck of context.content.decks) {
    const info = context.sources.get(deck);
    if (info?.body === undefined || info.slideLines === undefined) continue;
    for (const extra of extraFiguresPerSlide(info.body, info.bodyStartLine ?? 1, info.slideLines)) {
      context.report({
        file: deck.file,
        line: extra.line,
        column: extra.column,
        rule: 'deck-figure-per-slide',
        message: `スライド ${extra.slide} に2つめの図 <Figure id="${extra.id}"> があります。図は1枚のスライドに1つまでです（別のスライドに分けてください）`,
      });
    }
  }
}
