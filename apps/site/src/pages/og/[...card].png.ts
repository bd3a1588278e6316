import { AUDIENCE_LABELS } from '@mamoru/content/schemas';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../lib/content.ts';
import { topicOf } from '../../lib/lessons.ts';
import { cardPng, drawCardsAhead } from '../../lib/og/card-pool.ts';
import type { CardText } from '../../lib/og/render-card.ts';

/** Link-card images: /og/site.png and /og/lessons/<topic>/<slug>.png, drawn at build time. */
export const getStaticPaths = (async () => {
  const { lessons } = await siteContent();
  const site = {
    params: { card: 'site' },
    props: { title: '小さな会社を、情報の事故から守る', kicker: 'やさしい日本語で、1つ5分' },
  };
  const paths = [
    site,
    ...lessons.map((lesson) => ({
      params: { card: `lessons/${lesson.id}` },
      props: {
        title: lesson.title,
        kicker: `${topicOf(lesson.topic).title}・${lesson.audience.map((id) => AUDIENCE_LABELS[id]).join('・')}・約${lesson.minutes}分`,
      },
    })),
  ];
  // Astro asks every route for its paths before it renders any page: start drawing now.
  drawCardsAhead(paths.map((path) => path.props));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(await cardPng(props), { headers: { 'content-type': 'image/png' } });
