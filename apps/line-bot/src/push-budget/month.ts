/**
 * LINE counts the message quota per calendar month in Japan time: the month key and the days a
 * month has left are computed there, whatever the server's time zone.
 */
const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** "2026-12" for any moment of December 2026 in Japan. */
export function japanMonth(now: Date): string {
  return new Date(now.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 7);
}

/** Days from today (counted) to the end of this month, in Japan time: 31 on the 1st of December. */
export function daysLeftInMonth(now: Date): number {
  const japan = new Date(now.getTime() + JAPAN_OFFSET_MS);
  const lastDay = new Date(Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth() + 1, 0)).getUTCDate();
  return lastDay - japan.getUTCDate() + 1;
}
