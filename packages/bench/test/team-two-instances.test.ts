import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { teamTwoInstancesDrill } from '../src/drills/team-two-instances.ts';

describe('a team across two instances on one PostgreSQL', () => {
  it('joins every member and counts every answer in the owner view, whichever instance took each event', async () => {
    const result = await teamTwoInstancesDrill({ members: config.teamMembers });
    expect(result.problems).toEqual([]);
    expect(result.studiedLine).toBe(`学んだ人: ${config.teamMembers} / ${config.teamMembers}人`);
    expect(result.topicRates).toHaveLength(3);
    expect(result.answers).toBeGreaterThan(0);
    expect(result.alive).toBe(true);
  });
});
