/**
 * One way to state reading time, on the site and in LINE (usability review 2026-12-04): 「約N分」,
 * from the lessons' own `minutes`.
 */

/** 「約N分」. */
export function readingTime(minutes: number): string {
  return `約${minutes}分`;
}

/** A typical lesson's reading time: the lessons' own minutes, averaged and rounded; undefined for none. */
export function typicalLessonMinutes(
  lessons: readonly { minutes?: number | undefined }[],
): number | undefined {
  const known = lessons.flatMap((lesson) => (lesson.minutes === undefined ? [] : [lesson.minutes]));
  if (known.length === 0) return undefined;
  return Math.round(known.reduce((sum, minutes) => sum + minutes, 0) / known.length);
}
