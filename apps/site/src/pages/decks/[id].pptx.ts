import type { APIRoute } from 'astro';
import { type DeckPageProps, deckPaths } from '../../components/deck/deck-pages.ts';
import { deckForPptx, writeDeckPptx } from '../../components/deck/decks-package.ts';
import { siteContent } from '../../lib/content.ts';

// /decks/<id>.pptx: the deck as an editable PowerPoint file, written at build time.
export const getStaticPaths = deckPaths;

export const GET: APIRoute<DeckPageProps> = async ({ props }) => {
  const { questions } = await siteContent();
  const file = await writeDeckPptx(deckForPptx(props.deck, questions));
  return new Response(file, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
};
