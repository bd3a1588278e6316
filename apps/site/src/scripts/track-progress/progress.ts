/**
 * Reading progress on a track, kept in this browser: the lessons opened from a track page. Lesson
 * pages stay free of JavaScript, so a lesson counts as read when its link on a track page is
 * followed. The pure part (no DOM, no storage) is `nextToRead`.
 */
export interface TrackProgress {
  /** Lesson ids opened from this track, oldest first. */
  read: string[];
}

/**
 * The lesson to continue with: the first unread lesson after the last one opened, or else the
 * first unread lesson of the track; undefined when nothing was opened yet or all are read.
 */
export function nextToRead(trackLessons: readonly string[], progress: TrackProgress): string | undefined {
  const last = progress.read.at(-1);
  if (last === undefined) return undefined;
  const read = new Set(progress.read);
  const start = trackLessons.indexOf(last) + 1;
  const after = trackLessons.slice(start).find((id) => !read.has(id));
  return after ?? trackLessons.find((id) => !read.has(id));
}

/** Adds an opened lesson (moved to the end when opened again). */
export function withOpened(progress: TrackProgress, lessonId: string): TrackProgress {
  return { read: [...progress.read.filter((id) => id !== lessonId), lessonId] };
}
