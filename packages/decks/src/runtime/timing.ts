/**
 * Pace of a talk against its plan. Each slide has planned minutes; the plan says when each slide
 * should start and end. Times are milliseconds since the talk started.
 */
const MINUTE = 60_000;

export interface PlannedSlot {
  startMs: number;
  endMs: number;
}

/** Planned start and end of every slide (a slide without minutes takes no planned time). */
export function plannedSlots(minutes: readonly (number | undefined)[]): PlannedSlot[] {
  let startMs = 0;
  return minutes.map((slideMinutes) => {
    const endMs = startMs + Math.max(0, slideMinutes ?? 0) * MINUTE;
    const slot = { startMs, endMs };
    startMs = endMs;
    return slot;
  });
}

export type PaceStatus = 'ahead' | 'behind' | 'on-time';

export interface Pace {
  status: PaceStatus;
  /** How far ahead or behind, never negative; 0 when on time. */
  deltaMs: number;
}

/**
 * Ahead when the presenter reached the slide before its planned start, behind when they are still
 * on it after its planned end, on time in between.
 */
export function paceAt(elapsedMs: number, slot: PlannedSlot | undefined): Pace {
  if (!slot) return { status: 'on-time', deltaMs: 0 };
  if (elapsedMs < slot.startMs) return { status: 'ahead', deltaMs: slot.startMs - elapsedMs };
  if (elapsedMs > slot.endMs) return { status: 'behind', deltaMs: elapsedMs - slot.endMs };
  return { status: 'on-time', deltaMs: 0 };
}

/** Time left of the whole talk; negative once it runs over. */
export function timeLeftMs(durationMinutes: number, elapsedMs: number): number {
  return durationMinutes * MINUTE - elapsedMs;
}

/** "m:ss" (minutes may pass 59: a talk is counted in minutes), with "-" when negative. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const sign = ms < 0 && totalSeconds > 0 ? '-' : '';
  return `${sign}${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Like formatDuration, rounding up while time is left: a countdown shows 30:00 until a full second passed. */
export function formatCountdown(ms: number): string {
  return formatDuration(ms > 0 ? Math.ceil(ms / 1000) * 1000 : ms);
}

/** Japanese label of a pace, e.g. "予定より 02:30 早い". */
export function describePace(pace: Pace): string {
  if (pace.status === 'on-time') return '予定どおり';
  const amount = formatDuration(pace.deltaMs);
  return pace.status === 'ahead' ? `予定より ${amount} 早い` : `予定より ${amount} 遅れ`;
}

/**
 * A stopwatch that can pause, as plain data so it survives a reload (sessionStorage) and is easy
 * to test: `startedAt` is set while it runs, `accumulatedMs` holds the time of earlier runs.
 */
export interface Stopwatch {
  accumulatedMs: number;
  startedAt?: number;
}

export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.accumulatedMs + (watch.startedAt === undefined ? 0 : Math.max(0, now - watch.startedAt));
}

export function startStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === undefined ? { accumulatedMs: watch.accumulatedMs, startedAt: now } : watch;
}

export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return { accumulatedMs: elapsedMs(watch, now) };
}

export function isRunning(watch: Stopwatch): boolean {
  return watch.startedAt !== undefined;
}
