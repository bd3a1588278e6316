import { type LiveRoomOptions, type LiveRun, runLiveRoom } from './live-room.ts';

/** The runs: 300 participants in 10 s on SQLite, and 1,000 on two instances of one PostgreSQL (and 300 there). */
export const LIVE_RUNS: readonly LiveRoomOptions[] = [
  { storage: 'sqlite', participants: 300, instances: 1, windowMs: 10_000 },
  // The same pace as the SQLite room, on two instances: sets the 1,000 room's pace apart from PostgreSQL.
  { storage: 'postgres', participants: 300, instances: 2, windowMs: 10_000 },
  { storage: 'postgres', participants: 1000, instances: 2, windowMs: 10_000 },
];

export interface LiveBench {
  measuredAt: string;
  runs: LiveRun[];
  /** The goal for webhook 200 to stream: p95 <= 1 s. */
  goalP95Ms: number;
}

export const LIVE_GOAL_P95_MS = 1000;

/** Runs each room in turn (never two at once: they would measure each other). */
export async function liveBench(runs: readonly LiveRoomOptions[] = LIVE_RUNS): Promise<LiveBench> {
  const results: LiveRun[] = [];
  for (const run of runs) {
    const result = await runLiveRoom(run);
    console.log(
      `live ${run.storage} x${run.instances}, ${run.participants}: ack p95 ${result.webhookAck.p95} ms, stream p50 ${result.webhook200ToStream.p50} / p95 ${result.webhook200ToStream.p95} / max ${result.webhook200ToStream.max} ms, stream closes ${result.streamCloses.length}`,
    );
    results.push(result);
  }
  return { measuredAt: new Date().toISOString(), runs: results, goalP95Ms: LIVE_GOAL_P95_MS };
}
