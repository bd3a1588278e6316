import type { HelpContent } from './load/load-help.ts';
import type { DeckFrontmatter } from './schemas/deck.ts';
import type { Figure } from './schemas/figure.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';
import type { LessonFrontmatter } from './schemas/lesson.ts';
import type { Question } from './schemas/question.ts';
import type { Topic } from './schemas/topics.ts';

/** A lesson: its front matter plus where it lives. */
export type Lesson = LessonFrontmatter & {
  /** `<topic>/<slug>`, from the file path. */
  id: string;
  slug: string;
  /** Source file, relative to the repository root. */
  file: string;
  /** Markdown body (with <Term> and <Callout> tags) without the front matter. */
  body: string;
  /** Site path, from lessonPath(id). */
  path: string;
};

/** One slide of a deck, as the slide view and the PPTX exporter need it. */
export interface Slide {
  /** 0-based position in the deck. */
  index: number;
  kind: 'content' | 'quiz';
  minutes?: number;
  /** Question id of a quiz slide. */
  question?: string;
  /** Text of the first heading, if any. */
  title?: string;
  /** Slide MDX/markdown without the <Notes>. */
  body: string;
  /** Plain text of the body (markup removed), for PPTX text boxes. */
  bodyText: string;
  /** Plain text of the speaker notes. */
  notes: string;
}

export type Deck = DeckFrontmatter & {
  /** File name without extension: decks/<id>.mdx. */
  id: string;
  file: string;
  slides: Slide[];
};

export interface Content {
  topics: Topic[];
  lessons: Lesson[];
  glossary: GlossaryTerm[];
  questions: Question[];
  decks: Deck[];
  /** content/figures/<id>.yaml: charts and diagrams that lessons and slides place with <Figure id>. */
  figures: Figure[];
  /** content/help/ (困ったときは); absent only in roots without that folder. */
  help?: HelpContent;
}
