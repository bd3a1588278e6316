import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { runLiveRoom } from '../src/live/live-room.ts';

describe('the live room bench on two instances of one PostgreSQL', () => {
  it('every answer, taken by either instance, is stored once and shown on the stream of the first; the figures are ordered', async () => {
    const participants = config.liveParticipants;
    const run = await runLiveRoom({
      storage: 'postgres',
      participants,
      instances: 2,
      windowMs: config.scale === 'full' ? 10_000 : 2_000,
    });
    expect(run.stored).toEqual({ participants, answered: participants });
    expect(run.finalShown).toEqual({ participants, answered: participants });
    expect(run.streamCloses).toEqual([]);
    expect(run.streamLog.filter((line) => !line.includes('client went away'))).toEqual([]);
    for (const p of [run.webhookAck, run.webhook200ToStream]) {
      expect(p.p50).toBeLessThanOrEqual(p.p95);
      expect(p.p95).toBeLessThanOrEqual(p.max);
      expect(Number.isFinite(p.max)).toBe(true);
    }
  });
});
