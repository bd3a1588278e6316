import type { APIRoute, GetStaticPaths } from 'astro';
import { linkCards } from '../../lib/build-hand-off.ts';
import { siteContent } from '../../lib/content.ts';
import { type CardText, renderCard } from '../../lib/og/render-card.ts';
import { siteCards } from '../../lib/og/site-cards.ts';

/** Link-card images: /og/site.png and /og/lessons/<topic>/<slug>.png. */
export const getStaticPaths = (async () => {
  const cards = siteCards(await siteContent());
  // A build draws and writes them on a thread of their own (src/integrations/link-cards.ts), beside
  // the pages: no page to render here. In dev each card is drawn when it is asked for.
  if (linkCards.send(cards)) return [];
  return cards.map(({ path, card }) => ({ params: { card: path }, props: { ...card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(await renderCard(props), { headers: { 'content-type': 'image/png' } });
