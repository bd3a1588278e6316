/** A small seeded PRNG (mulberry32): drills are reproducible from their seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
  };
}

export type Random = ReturnType<typeof seededRandom>;

/** LINE-shaped user id (U + 32 hex digits) from a drill tag and a number. */
export function lineUserId(tag: number, n: number): string {
  return `U${tag.toString(16).padStart(4, '0')}${n.toString(16).padStart(28, '0')}`;
}
