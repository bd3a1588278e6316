import { describe, expect, it } from 'vitest';
import { lineFaultsDrill } from '../src/drills/line-faults.ts';

describe('fault drill: the fake LINE API answers 500, 429, slowly and "Invalid reply token"', () => {
  it('delivers every reply exactly once (retry, or push instead), never crashes, no unhandled rejection', async () => {
    const result = await lineFaultsDrill({ learnersPerKind: 4 });
    expect(result.problems).toEqual([]);
    expect(result.inbox).toEqual({ sent: Object.values(result.perKind).reduce((n, k) => n + k.events, 0) });
    expect(result.alive).toBe(true);
    expect(result.crashSigns).toEqual([]);
    const { perKind } = result;
    // Clean and slow answers: every message went out as a reply (`answered`: the events the bot
    // answers; the second tap of a double tap is ignored silently).
    for (const kind of ['none', 'slow'] as const)
      expect(perKind[kind]).toMatchObject({ replies: perKind[kind]?.answered, pushes: 0 });
    // 500 and 429 are retried with backoff, as replies while the token is fresh (no push quota spent).
    for (const kind of ['500', '429'] as const) {
      expect(perKind[kind]?.injected).toBeGreaterThanOrEqual(perKind[kind]?.answered ?? 0);
      expect(perKind[kind]).toMatchObject({ replies: perKind[kind]?.answered, pushes: 0 });
    }
    // A refused token falls back to push at once.
    for (const kind of ['invalid-token', 'invalid-token-then-push-500'] as const) {
      expect(perKind[kind]?.injected).toBeGreaterThanOrEqual(perKind[kind]?.answered ?? 0);
      expect(perKind[kind]).toMatchObject({ replies: 0, pushes: perKind[kind]?.answered });
    }
    expect(result.retryWarnings).toBeGreaterThan(0);
  });
});
