import type { Figure } from '@mamoru/content';

/**
 * What goes into an editable PPTX: plain text per slide, already laid out as a title, paragraphs
 * and speaker notes. Built from the content package (from-content.ts), written by ../pptx/.
 */
export interface PptxParagraph {
  text: string;
  bullet: boolean;
  /** Nesting level of a bullet, 0 at the top. */
  level: number;
  /** How an answer slide marks a line: the right choice, a wrong one, or the answer itself. */
  tone?: 'right' | 'muted' | 'strong';
}

export interface PptxSlide {
  /** 'answer' follows each 'quiz' slide: what the web deck's reveal step shows. */
  kind: 'content' | 'quiz' | 'answer';
  title: string;
  paragraphs: PptxParagraph[];
  /** Speaker notes; lines become paragraphs in the notes pane. */
  notes: string;
  /** The slide's figure (<Figure id>): a native chart, or shapes for a diagram. */
  figure?: Figure;
}

export interface PptxDeck {
  id: string;
  title: string;
  slides: PptxSlide[];
}
