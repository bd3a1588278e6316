import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { fuzzBodiesDrill } from '../src/drills/fuzz-bodies.ts';

// npm test sends the 100,000 bodies; `drills:quick` 10,000. The wait is generous because CI
// runs every suite at once on two cores (a wait, not a speed assertion).
describe(`fuzz drill: ${config.fuzzBodies} random and mutated webhook bodies, signed and unsigned`, () => {
  it('answers only 200/400/401/413, stays up, and keeps no memory per body', async () => {
    const result = await fuzzBodiesDrill({ count: config.fuzzBodies });
    expect(result.alive).toBe(true);
    expect(result.healthy).toBe(200);
    // Without a valid signature nothing gets past 401 (or 413 for an oversized body, checked first).
    expect(result.connectionErrors).toEqual([]);
    const oversize = ['413', 'reset-after-413'];
    for (const signing of ['unsigned', 'wrong'] as const)
      expect(Object.keys(result.statuses[signing]).filter((s) => !['401', ...oversize].includes(s))).toEqual(
        [],
      );
    expect(
      Object.keys(result.statuses.signed).filter((s) => !['200', '400', ...oversize].includes(s)),
    ).toEqual([]);
    expect(result.statuses.signed[200]).toBeGreaterThan(0);
    expect(result.statuses.signed[400]).toBeGreaterThan(0);
    const total = Object.values(result.statuses)
      .flatMap((s) => Object.values(s))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(config.fuzzBodies);
    // Nothing leaks: what the bot keeps alive after a full garbage collection (not its resident
    // memory, which grows as V8 sizes its heap to the load) stays within a band of about 2 MB around
    // 30 MB. Half the bodies get past the signature, so over 100,000 bodies a leak of 100 bytes
    // per accepted body adds about 5 MB; over drills:quick's 10,000, a leak of 1 KB adds 4.5 MB.
    const warm = result.liveHeapMb[0] ?? 0;
    const end = Math.min(...result.liveHeapMb.slice(-3));
    expect(end - warm, `MB alive after each 1,000 bodies: ${result.liveHeapMb.join(', ')}`).toBeLessThan(3);
  }, 900_000);
});
