import type { Lesson } from '@mamoru/content';
import { compareLessons } from '@mamoru/content';
import { TOPICS, type Topic, type TopicId } from '@mamoru/content/schemas';
import { siteContent } from './content.ts';

export { lessonPath } from '@mamoru/content/paths';

/** All lessons in curriculum order. */
export async function lessonsInOrder(): Promise<Lesson[]> {
  return [...(await siteContent()).lessons].sort(compareLessons);
}

export async function findLesson(id: string): Promise<Lesson> {
  const lesson = (await siteContent()).lessons.find((candidate) => candidate.id === id);
  if (!lesson) throw new Error(`No lesson ${id}`);
  return lesson;
}

export function topicOf(id: TopicId): Topic {
  const topic = TOPICS.find((candidate) => candidate.id === id);
  if (!topic) throw new Error(`Unknown topic ${id}`);
  return topic;
}

export function topicPath(topic: TopicId): string {
  return `/topics/${topic}/`;
}

const dateFormat = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
