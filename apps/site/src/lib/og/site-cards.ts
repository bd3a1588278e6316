import type { Content } from '@mamoru/content';
import { AUDIENCE_LABELS } from '@mamoru/content/schemas';
import { topicOf } from '../lessons.ts';
import type { CardText } from './render-card.ts';

/** One link card: its path under /og/ (without .png) and its text. */
export interface SiteCard {
  path: string;
  card: CardText;
}

/** The site's card (/og/site.png) and one per lesson (/og/lessons/<topic>/<slug>.png). */
export function siteCards({ lessons }: Pick<Content, 'lessons'>): SiteCard[] {
  return [
    { path: 'site', card: { title: '小さな会社を、情報の事故から守る', kicker: 'やさしい日本語で、1つ5分' } },
    ...lessons.map((lesson) => ({
      path: `lessons/${lesson.id}`,
      card: {
        title: lesson.title,
        kicker: `${topicOf(lesson.topic).title}・${lesson.audience.map((id) => AUDIENCE_LABELS[id]).join('・')}・約${lesson.minutes}分`,
      },
    })),
  ];
}
