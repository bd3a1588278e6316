export { parseDeckSlides } from './load/deck-slides.ts';
export { loadFigureFiles } from './load/load-figures.ts';
export type { HelpContent } from './load/load-help.ts';
export { markdownToPlainText } from './load/plain-text.ts';
export {
  type LessonFile,
  type LoadContentFromOptions,
  type LoadContentOptions,
  loadContent,
  loadGlossary,
  loadLessonFiles,
} from './load-content.ts';
export * from './paths.ts';
export { ContentError, formatProblem, type Problem } from './problem.ts';
export * from './schemas/index.ts';
export { compareLessons, trackLessons } from './tracks.ts';
export type { Content, Deck, Lesson, Slide } from './types.ts';
