/**
 * The simulator's clock: real time plus an offset that 「時間を進める」 grows, so a tester can see
 * a review come due or the daily question arrive without waiting a day. Only `pnpm local` uses it.
 */
export function adjustableClock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
  };
}

export type AdjustableClock = ReturnType<typeof adjustableClock>;

const JAPAN_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** Milliseconds from `now` to 12:30 (Japan time) on the next day: reviews of a day are due, the daily question may go. */
export function msToNextJapanNoon(now: Date): number {
  const japan = now.getTime() + JAPAN_OFFSET_MS;
  const nextDay = Math.floor(japan / DAY_MS) * DAY_MS + DAY_MS;
  return nextDay + 12.5 * 3_600_000 - japan;
}
