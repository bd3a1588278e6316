import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { killRestartDrill } from '../src/drills/kill-restart.ts';

const full = config.scale === 'full';

describe('kill -9 drill: the bot is killed in the middle of a load and restarted', () => {
  it('keeps every acknowledged event, finishes every quiz exactly, and leaves a sound database', async () => {
    const result = await killRestartDrill({ events: config.killEvents, waitForLease: full });
    expect(result.killedAlive).toBe(true);
    expect(result.ackedBeforeKill).toBeGreaterThan(0);
    expect(result.failedRequests).toBeGreaterThan(0); // webhooks did fail while it was down
    expect(result.lostAfterKill).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.integrity).toEqual(['ok']);
    expect(result.unsentWithoutReplies).toBe(0);
    if (full) expect(Object.keys(result.inbox)).toEqual(['sent']);
    expect(result.alive).toBe(true);
  });
});
