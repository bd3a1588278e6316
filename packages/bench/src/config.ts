import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const schema = z.object({
  /** `full` (npm test, so CI) runs every drill at the sizes; `quick` is for a fast local loop. */
  DRILL_SCALE: z.enum(['quick', 'full']).default('full'),
  DRILL_REPLAY_EVENTS: count(10_000),
  DRILL_FUZZ_BODIES: z.coerce.number().int().min(1).optional(),
  DRILL_KILL_EVENTS: count(3_000),
  DRILL_CLUSTER_EVENTS: count(2_000),
  DRILL_LIVE_PARTICIPANTS: z.coerce.number().int().min(2).optional(),
  /** Staff who join one team through two instances and answer a topic each (the owner view lists 20). */
  DRILL_TEAM_MEMBERS: count(18),
  BENCH_SITE_SIZES: z.string().default('100,1000,3000'),
  BENCH_DURATION_S: z.coerce.number().int().min(1).default(10),
  PATH: z.string().default(''),
});

const env = schema.parse(process.env);

/** Every knob of the drills and benchmarks, read once. */
export const config = {
  scale: env.DRILL_SCALE,
  replayEvents: env.DRILL_REPLAY_EVENTS,
  /** The 100,000; 10,000 at the quick scale. */
  fuzzBodies: env.DRILL_FUZZ_BODIES ?? (env.DRILL_SCALE === 'full' ? 100_000 : 10_000),
  killEvents: env.DRILL_KILL_EVENTS,
  clusterEvents: env.DRILL_CLUSTER_EVENTS,
  /** The live room drill: the 300 participants; 30 at the quick scale. */
  liveParticipants: env.DRILL_LIVE_PARTICIPANTS ?? (env.DRILL_SCALE === 'full' ? 300 : 30),
  teamMembers: env.DRILL_TEAM_MEMBERS,
  siteSizes: env.BENCH_SITE_SIZES.split(',')
    .map(Number)
    .filter((n) => n > 0),
  benchDurationS: env.BENCH_DURATION_S,
  /** Passed on to child processes (they need node on PATH). */
  path: env.PATH,
};
