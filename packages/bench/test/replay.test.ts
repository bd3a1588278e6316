import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { replayDrill } from '../src/drills/replay.ts';

// The 10,000 requests in npm test too (30-70 s on the 2-core machine); DRILL_REPLAY_EVENTS changes it.
const events = config.replayEvents;

describe(`replay drill: ${events} webhook requests, 20% redelivered, concurrent double taps`, () => {
  it('stores exactly the expected scores, answers and events, and replies once per event', async () => {
    const result = await replayDrill({ events });
    expect(result.requests).toBeGreaterThanOrEqual(events);
    expect(result.problems).toEqual([]);
    expect(result.inbox).toEqual({ sent: result.distinctEvents });
    expect(result.alive).toBe(true);
    // Redeliveries and double taps really happened: more requests than distinct events.
    expect(result.requests).toBeGreaterThan(result.distinctEvents);
  });
});
