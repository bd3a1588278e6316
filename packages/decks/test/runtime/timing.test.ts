import { describe, expect, it } from 'vitest';
import {
  describePace,
  elapsedMs,
  formatCountdown,
  formatDuration,
  paceAt,
  pauseStopwatch,
  plannedSlots,
  startStopwatch,
  timeLeftMs,
} from '../../src/runtime/index.ts';

const MINUTE = 60_000;

describe('plan and pace', () => {
  const slots = plannedSlots([2, 3, undefined, 5]);

  it('lays slides end to end; a slide without minutes takes no time', () => {
    expect(slots).toEqual([
      { startMs: 0, endMs: 2 * MINUTE },
      { startMs: 2 * MINUTE, endMs: 5 * MINUTE },
      { startMs: 5 * MINUTE, endMs: 5 * MINUTE },
      { startMs: 5 * MINUTE, endMs: 10 * MINUTE },
    ]);
  });

  it('is ahead when a slide is reached before its planned start', () => {
    expect(paceAt(1 * MINUTE, slots[1])).toEqual({ status: 'ahead', deltaMs: MINUTE });
  });

  it('is behind when still on a slide after its planned end', () => {
    expect(paceAt(6.5 * MINUTE, slots[1])).toEqual({ status: 'behind', deltaMs: 1.5 * MINUTE });
  });

  it('is on time inside the slot', () => {
    expect(paceAt(3 * MINUTE, slots[1])).toEqual({ status: 'on-time', deltaMs: 0 });
    expect(describePace(paceAt(3 * MINUTE, slots[1]))).toBe('予定どおり');
    expect(describePace(paceAt(6.5 * MINUTE, slots[1]))).toBe('予定より 01:30 遅れ');
    expect(describePace(paceAt(0, slots[1]))).toBe('予定より 02:00 早い');
  });

  it('counts the time left down past zero', () => {
    expect(timeLeftMs(30, 10 * MINUTE)).toBe(20 * MINUTE);
    expect(formatDuration(timeLeftMs(30, 31 * MINUTE))).toBe('-01:00');
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, minutes past an hour included', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_400)).toBe('01:05');
    expect(formatDuration(62 * MINUTE + 5000)).toBe('62:05');
    expect(formatDuration(-400)).toBe('00:00');
  });
});

describe('formatCountdown', () => {
  it('rounds the time left up, and counts past zero as formatDuration does', () => {
    expect(formatCountdown(30 * MINUTE)).toBe('30:00');
    expect(formatCountdown(30 * MINUTE - 1)).toBe('30:00');
    expect(formatCountdown(30 * MINUTE - 1000)).toBe('29:59');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-61_000)).toBe('-01:01');
  });
});

describe('stopwatch', () => {
  it('adds up running time across pauses', () => {
    let watch = startStopwatch({ accumulatedMs: 0 }, 1000);
    expect(elapsedMs(watch, 4000)).toBe(3000);
    watch = pauseStopwatch(watch, 4000);
    expect(elapsedMs(watch, 100_000)).toBe(3000);
    watch = startStopwatch(watch, 10_000);
    expect(startStopwatch(watch, 12_000)).toBe(watch);
    expect(elapsedMs(watch, 12_000)).toBe(5000);
  });
});
