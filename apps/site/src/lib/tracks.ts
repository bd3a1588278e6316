import type { Lesson } from '@mamoru/content';
import { trackLessons } from '@mamoru/content';
import { siteContent } from './content.ts';

export type TrackId = 'owner' | 'staff';
export const TRACK_IDS: readonly TrackId[] = ['owner', 'staff'];

export const TRACK_NAMES: Record<TrackId, string> = { owner: '経営者の道', staff: '従業員の道' };

export function trackPath(track: TrackId): string {
  return `/tracks/${track}/`;
}

/** The ordered lessons of a track, from the content package. */
export async function lessonsOfTrack(track: TrackId): Promise<Lesson[]> {
  return trackLessons(await siteContent(), track);
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
    const lessons = await lessonsOfTrack(track);
    const index = lessons.findIndex((lesson) => lesson.id === lessonId);
    if (index < 0) continue;
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
