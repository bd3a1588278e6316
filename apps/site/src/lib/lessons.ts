import type { Lesson } from '@mamoru/content';
import { compareLessons } from '@mamoru/content';
import { TOPICS, type Topic, type TopicId } from '@mamoru/content/schemas';
import { siteContent } from './content.ts';

export { lessonPath } from '@mamoru/content/paths';

// Every lesson page looks lessons up: sort and index them once per build, not once per page.
let sorted: Promise<readonly Lesson[]> | undefined;
let byId: Promise<ReadonlyMap<string, Lesson>> | undefined;

/** All lessons in curriculum order (a fresh array: callers may filter or sort it). */
export async function lessonsInOrder(): Promise<Lesson[]> {
  sorted ??= siteContent().then(({ lessons }) => [...lessons].sort(compareLessons));
  return [...(await sorted)];
}

export async function findLesson(id: string): Promise<Lesson> {
  byId ??= siteContent().then(({ lessons }) => new Map(lessons.map((lesson) => [lesson.id, lesson])));
  const lesson = (await byId).get(id);
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
