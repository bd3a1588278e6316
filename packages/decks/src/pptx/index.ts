export { PPTX_FONT, type WriteDeckPptxOptions, writeDeckPptx } from './write-deck-pptx.ts';
