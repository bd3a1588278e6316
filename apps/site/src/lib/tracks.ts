import type { Lesson } from '@mamoru/content';
import { trackLessons } from '@mamoru/content';
import { siteContent } from './content.ts';

export type TrackId = 'owner' | 'staff';
export const TRACK_IDS: readonly TrackId[] = ['owner', 'staff'];

export const TRACK_NAMES: Record<TrackId, string> = { owner: '経営者の道', staff: '従業員の道' };

export function trackPath(track: TrackId): string {
  return `/tracks/${track}/`;
}

interface TrackIndex {
  lessons: readonly Lesson[];
  positionOf: ReadonlyMap<string, number>;
}

// Every lesson page shows its place in each track: compute the tracks once per build.
const tracks = new Map<TrackId, Promise<TrackIndex>>();

function trackIndex(track: TrackId): Promise<TrackIndex> {
  let index = tracks.get(track);
  if (!index) {
    index = siteContent().then((content) => {
      const lessons = trackLessons(content, track);
      return { lessons, positionOf: new Map(lessons.map((lesson, position) => [lesson.id, position])) };
    });
    tracks.set(track, index);
  }
  return index;
}

/** The ordered lessons of a track, from the content package (a fresh array). */
export async function lessonsOfTrack(track: TrackId): Promise<Lesson[]> {
  return [...(await trackIndex(track)).lessons];
}

export interface TrackStep {
  track: TrackId;
  position: number;
  total: number;
  previous: Lesson | undefined;
  next: Lesson | undefined;
}

/** Where a lesson sits in each track that includes it. */
export async function trackStepsOf(lessonId: string): Promise<TrackStep[]> {
  const steps: TrackStep[] = [];
  for (const track of TRACK_IDS) {
    const { lessons, positionOf } = await trackIndex(track);
    const index = positionOf.get(lessonId);
    if (index === undefined) continue;
    steps.push({
      track,
      position: index + 1,
      total: lessons.length,
      previous: lessons[index - 1],
      next: lessons[index + 1],
    });
  }
  return steps;
}

/**
 * A lesson link that says which track the reader follows: the lesson page shows only that track's
 * previous/next (CSS :target on a marker at the top of the page, no JavaScript) and keeps the
 * fragment on them. Without the fragment both tracks show.
 */
export function fromTrackId(track: TrackId): string {
  return `from-${track}`;
}

export function lessonInTrackPath(lessonPath: string, track: TrackId): string {
  return `${lessonPath}#${fromTrackId(track)}`;
}

export interface TopicGroup {
  topic: Lesson['topic'];
  lessons: Lesson[];
}

/** A track's lessons under their topics, in track order (tracks are sorted by topic first). */
export function groupByTopic(lessons: readonly Lesson[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  for (const lesson of lessons) {
    const last = groups.at(-1);
    if (last && last.topic === lesson.topic) last.lessons.push(lesson);
    else groups.push({ topic: lesson.topic, lessons: [lesson] });
  }
  return groups;
}

/**
 * An owner's first ten minutes: the 5 rules, what only the owner can decide, and where to turn
 * in trouble (the 困ったときは page).
 */
export const OWNER_FIRST_LESSONS = ['guidelines/five-rules', 'management/owner-decides'] as const;
/** Reading time of /help/: its first steps and contacts, about as long as a 3-minute lesson. */
export const HELP_MINUTES = 3;
