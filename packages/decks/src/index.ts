export { PPTX_CONTENT_TYPE, pptxContentDisposition, pptxFileName } from './export/file-name.ts';
export { deckForPptx, paragraphsFromPlainText } from './export/from-content.ts';
export type { PptxDeck, PptxParagraph, PptxSlide } from './export/pptx-deck.ts';
export { answerLine, choiceLine, choiceNumber, quizInstruction } from './export/quiz-text.ts';
export { convertWithLibreOffice } from './office/convert-with-libreoffice.ts';
export { countPdfPages } from './pdf/count-pdf-pages.ts';
