import type { HelpContent } from '../load/load-help.ts';
import type { Audience } from '../schemas/audience.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Question } from '../schemas/question.ts';
import type { Topic } from '../schemas/topics.ts';
import { compareLessons, trackLessons } from '../tracks.ts';
import type { Content, Lesson } from '../types.ts';

/** content/dist/content.json: what the bot and other tools read. No lesson or deck bodies. */
export interface ContentJson {
  topics: Topic[];
  lessons: Pick<
    Lesson,
    'id' | 'title' | 'summary' | 'topic' | 'audience' | 'minutes' | 'order' | 'takeaways' | 'path'
  >[];
  questions: Question[];
  glossary: GlossaryTerm[];
  decks: { id: string; title: string; audience: Audience[]; durationMinutes: number; slideCount: number }[];
  /** Lesson ids of each track, in walking order. */
  tracks: { owner: string[]; staff: string[] };
  /** The first steps of 困ったときは (content/help/), for the bot's emergency reply and the site. */
  help?: HelpContent;
}

export function toContentJson(content: Content): ContentJson {
  return {
    topics: content.topics,
    lessons: [...content.lessons]
      .sort(compareLessons)
      .map(({ id, title, summary, topic, audience, minutes, order, takeaways, path }) => ({
        id,
        title,
        summary,
        topic,
        audience,
        minutes,
        order,
        takeaways,
        path,
      })),
    questions: content.questions,
    glossary: content.glossary,
    decks: content.decks.map((deck) => ({
      id: deck.id,
      title: deck.title,
      audience: deck.audience,
      durationMinutes: deck.durationMinutes,
      slideCount: deck.slides.length,
    })),
    tracks: {
      owner: trackLessons(content, 'owner').map((lesson) => lesson.id),
      staff: trackLessons(content, 'staff').map((lesson) => lesson.id),
    },
    ...(content.help ? { help: content.help } : {}),
  };
}
