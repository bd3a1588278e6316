export { type PptxParts, readPptx, textRuns } from './read-pptx.ts';
export { PPTX_FONT, type WriteDeckPptxOptions, writeDeckPptx } from './write-deck-pptx.ts';
