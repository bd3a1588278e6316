import { type Content, type Deck, loadContent } from '@mamoru/content';
import { stepsOf } from '@mamoru/decks/runtime';

export interface DeckUnderTest {
  content: Content;
  deck: Deck;
  /** Steps per slide, as the slide view walks them (a quiz has two). */
  stepCounts: number[];
  /** Index of the first quiz slide. */
  quizIndex: number;
}

/** The deck the browser tests drive: the first deck in content/decks that has a quiz slide. */
export async function deckUnderTest(): Promise<DeckUnderTest> {
  const content = await loadContent();
  const deck = [...content.decks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .find(
      (candidate) => candidate.slides.some((slide) => slide.kind === 'quiz') && candidate.slides.length >= 4,
    );
  if (!deck) {
    throw new Error(
      'content/decks has no deck with a quiz slide and at least 4 slides; the deck tests need one.',
    );
  }
  return {
    content,
    deck,
    stepCounts: deck.slides.map((slide) => stepsOf(slide.kind)),
    quizIndex: deck.slides.findIndex((slide) => slide.kind === 'quiz'),
  };
}
