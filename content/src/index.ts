export { parseDeckSlides } from './load/deck-slides.ts';
export { loadFigureFiles } from './load/load-figures.ts';
export { markdownToPlainText } from './load/plain-text.ts';
export { type LoadContentOptions, loadContent, loadGlossary } from './load-content.ts';
export * from './paths.ts';
export { ContentError, formatProblem, type Problem } from './problem.ts';
export * from './schemas/index.ts';
export { compareLessons, trackLessons } from './tracks.ts';
export type { Content, Deck, Lesson, Slide } from './types.ts';
