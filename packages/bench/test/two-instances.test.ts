import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { twoInstancesDrill } from '../src/drills/two-instances.ts';

const full = config.scale === 'full';

describe('two instances on one PostgreSQL behind a round-robin proxy, one killed and restarted', () => {
  it('counts every answer exactly once, in order per user, and loses no acknowledged event', async () => {
    const result = await twoInstancesDrill({ events: config.clusterEvents, waitForLease: full });
    expect(result.killedAlive).toBe(true);
    expect(result.ackedBeforeKill).toBeGreaterThan(0);
    expect(result.perBackend).toHaveLength(2);
    expect(Math.min(...result.perBackend)).toBeGreaterThan(0);
    expect(result.lostAfterKill).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.unsentWithoutReplies).toBe(0);
    if (full) expect(Object.keys(result.inbox)).toEqual(['sent']);
    expect(result.alive).toBe(true);
  });
});
