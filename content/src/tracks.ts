import type { Audience } from './schemas/audience.ts';
import { TOPIC_IDS } from './schemas/topics.ts';
import type { Content, Lesson } from './types.ts';

/** Curriculum order: topics in TOPIC_IDS order, then `order` within a topic. */
export function compareLessons(
  a: Pick<Lesson, 'topic' | 'order' | 'id'>,
  b: Pick<Lesson, 'topic' | 'order' | 'id'>,
) {
  return (
    TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || a.order - b.order || a.id.localeCompare(b.id)
  );
}

/** The ordered path of a track: the lessons whose audience includes `audience`, in curriculum order. */
export function trackLessons(content: Pick<Content, 'lessons'>, audience: Audience): Lesson[] {
  return content.lessons.filter((lesson) => lesson.audience.includes(audience)).sort(compareLessons);
}
