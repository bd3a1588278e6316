import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { fuzzBodiesDrill } from '../src/drills/fuzz-bodies.ts';

// npm test sends 10,000 bodies; `drills:full` the 100,000.
describe(`fuzz drill: ${config.fuzzBodies} random and mutated webhook bodies, signed and unsigned`, () => {
  it('answers only 200/400/401/413, stays up, and its memory levels off', async () => {
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
    // Memory levels off: caches and V8's heap fill during the first half, a leak keeps growing at the
    // same pace. So the second half either grows by under 25%, or grows clearly slower than the first
    // (a single V8 heap step on a busy machine can pass 25% over a short run without any leak).
    const first = result.rssMb[0] ?? 0;
    const half = result.rssMb[Math.floor(result.rssMb.length / 2)] ?? 0;
    const last = result.rssMb.at(-1) ?? 0;
    const levelsOff = last <= half * 1.25 || last - half <= (half - first) * 0.75;
    expect(levelsOff, `resident MB over the run: ${result.rssMb.join(', ')}`).toBe(true);
  });
});
