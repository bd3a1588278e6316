import { deckForPptx, PPTX_CONTENT_TYPE, pptxContentDisposition } from '@mamoru/decks';
import { writeDeckPptx } from '@mamoru/decks/pptx';
import type { APIRoute } from 'astro';
import { type DeckPageProps, deckPaths } from '../../components/deck/deck-pages.ts';
import { siteContent } from '../../lib/content.ts';

// /decks/<id>.pptx: the deck as an editable PowerPoint file, written at build time. The headers
// reach the browser from the dev server; a static host sends those of public/_headers instead.
export const getStaticPaths = deckPaths;

export const GET: APIRoute<DeckPageProps> = async ({ props }) => {
  const { questions, figures } = await siteContent();
  const file = await writeDeckPptx(deckForPptx(props.deck, questions, figures));
  // Response wants an ArrayBuffer-backed view; copy into one (the file is small).
  return new Response(new Uint8Array(file), {
    headers: { 'Content-Type': PPTX_CONTENT_TYPE, 'Content-Disposition': pptxContentDisposition(props.deck) },
  });
};
