import { type CollectionEntry, getCollection } from 'astro:content';
import type { Deck } from '@mamoru/content';
import { siteContent } from '../../lib/content.ts';

export type DeckEntry = CollectionEntry<'decks'>;

/** Site paths of a deck's views and files. */
export function deckUrls(id: string) {
  return {
    slides: `/decks/${id}/`,
    presenter: `/decks/${id}/presenter/`,
    /** The instructor's script: every slide with its notes and the quiz answers. */
    handout: `/decks/${id}/handout/`,
    /** The participant handout: 2 to 6 slides per A4 page, no answers, no notes. */
    participants: `/decks/${id}/participants/`,
    pptx: `/decks/${id}.pptx`,
  };
}

export interface DeckPageProps {
  entry: DeckEntry;
  /** The same deck as the content package parsed it (slides, minutes, notes as text). */
  deck: Deck;
}

/** getStaticPaths for every per-deck page: one page per content/decks/<id>.mdx. */
export async function deckPaths(): Promise<{ params: { id: string }; props: DeckPageProps }[]> {
  const [entries, content] = await Promise.all([getCollection('decks'), siteContent()]);
  return entries.map((entry) => {
    const deck = content.decks.find((candidate) => candidate.id === entry.id);
    if (!deck) throw new Error(`Deck ${entry.id} is in the collection but not in the content package`);
    return { params: { id: entry.id }, props: { entry, deck } };
  });
}

/** "30分・スライド12枚" */
export function deckSummary(deck: Deck): string {
  return `${deck.durationMinutes}分・スライド${deck.slides.length}枚`;
}

/**
 * Order of the decks index: decks for owners first (the instructor's most asked-for talk), then the
 * longer ones, then by id.
 */
export function decksInIndexOrder(decks: readonly Deck[]): Deck[] {
  const forOwners = (deck: Deck) => (deck.audience.includes('owner') ? 0 : 1);
  return [...decks].sort(
    (a, b) =>
      forOwners(a) - forOwners(b) || b.durationMinutes - a.durationMinutes || a.id.localeCompare(b.id),
  );
}
