/**
 * What goes into an editable PPTX: plain text per slide, already laid out as a title, paragraphs
 * and speaker notes. Built from the content package (from-content.ts), written by ../pptx/.
 */
export interface PptxParagraph {
  text: string;
  bullet: boolean;
  /** Nesting level of a bullet, 0 at the top. */
  level: number;
}

export interface PptxSlide {
  kind: 'content' | 'quiz';
  title: string;
  paragraphs: PptxParagraph[];
  /** Speaker notes; lines become paragraphs in the notes pane. */
  notes: string;
}

export interface PptxDeck {
  id: string;
  title: string;
  slides: PptxSlide[];
}
