/** How a slide with a figure is laid out (styles/deck-figure.css). */
export type SlideLayout = 'text' | 'figure-alone' | 'figure-beside';

const FIGURE = /<figure class="figure"[\s\S]*?<\/figure>/;
const TITLE = /^\s*<h[12][^>]*>[\s\S]*?<\/h[12]>/;

/**
 * A slide's body HTML, arranged for its figure: a slide with only a title and a figure gives the
 * figure the rest of the slide; a slide with text as well gets the text in a column of its own
 * (`.slide-text`) left of the figure. A slide has one figure at most (deck-figure-per-slide).
 */
export function slideWithFigure(body: string): { html: string; layout: SlideLayout } {
  const figure = FIGURE.exec(body)?.[0];
  if (figure === undefined) return { html: body, layout: 'text' };
  const title = TITLE.exec(body)?.[0] ?? '';
  const text = body.replace(figure, '').replace(title, '').trim();
  if (text === '') return { html: `${title}${figure}`, layout: 'figure-alone' };
  return { html: `${title}<div class="slide-text">${text}</div>${figure}`, layout: 'figure-beside' };
}
