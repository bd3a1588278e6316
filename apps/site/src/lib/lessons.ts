import { type CollectionEntry, getCollection } from 'astro:content';
import { lessonPath } from '@mamoru/content/paths';
import { TOPIC_IDS, TOPICS, type Topic, type TopicId } from '@mamoru/content/schemas';

export type LessonEntry = CollectionEntry<'lessons'>;
export type TrackId = 'owner' | 'staff';

export const TRACK_LABELS: Record<TrackId, string> = { owner: '経営者', staff: '従業員' };

/** All lessons in curriculum order: topic by topic (TOPIC_IDS), then by `order`. */
export async function lessonsInOrder(): Promise<LessonEntry[]> {
  const lessons = await getCollection('lessons');
  const topicRank = (topic: TopicId) => TOPIC_IDS.indexOf(topic);
  return lessons.sort(
    (a, b) =>
      topicRank(a.data.topic) - topicRank(b.data.topic) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** The lessons of a track, in the order a reader walks them. */
export async function trackLessons(track: TrackId): Promise<LessonEntry[]> {
  return (await lessonsInOrder()).filter((lesson) => lesson.data.audience.includes(track));
}

export function topicOf(id: TopicId): Topic {
  const topic = TOPICS.find((candidate) => candidate.id === id);
  if (!topic) throw new Error(`Unknown topic ${id}`);
  return topic;
}

export function trackPath(track: TrackId): string {
  return `/tracks/${track}/`;
}

export function topicPath(topic: TopicId): string {
  return `/topics/${topic}/`;
}

export { lessonPath };
