import { type CollectionEntry, getCollection } from 'astro:content';
import type { Deck } from '@mamoru/content';
import { siteContent } from '../../lib/content.ts';

export type DeckEntry = CollectionEntry<'decks'>;

/** Site paths of a deck's views and files. */
export function deckUrls(id: string) {
  return {
    slides: `/decks/${id}/`,
    presenter: `/decks/${id}/presenter/`,
    handout: `/decks/${id}/handout/`,
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
