import { answerBody } from './answer-body.ts';
import { percentile, runPaced } from './paced-load.ts';
import { runAutocannon } from './run-autocannon.ts';
import { type LoadTarget, sampleRss } from './targets.ts';

export interface LoadResult {
  target: string;
  mode: 'max' | 'rate';
  /** Requests per second answered with 2xx (average over the run). */
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  peakRssMb: number;
  /** Rate mode: every request's latency in ms, sorted, so that rounds can be pooled (not saved). */
  latencies?: number[];
}

/** Offered load of the `rate` mode (issue #8: p99 at 500 requests/s). */
export const RATE_PER_SECOND = 500;

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/**
 * One run against one target. `max`: autocannon, 50 connections, as fast as answered (throughput).
 * `rate`: 500 requests/s at evenly spaced times, latency counted from each request's due time
 * (see paced-load.ts). Every request is a new signed event.
 */
export async function runLoad(
  target: LoadTarget,
  mode: 'max' | 'rate',
  seconds: number,
): Promise<LoadResult> {
  const memory = sampleRss(target.pid);
  let measured: Omit<LoadResult, 'target' | 'mode' | 'peakRssMb'>;
  if (mode === 'max') measured = await runAutocannon(target.webhookUrl, seconds);
  else {
    const paced = await runPaced({
      url: target.webhookUrl,
      rate: RATE_PER_SECOND,
      seconds,
      body: () => {
        const { body, signature } = answerBody();
        return {
          body,
          headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signature },
        };
      },
    });
    measured = {
      rps: Math.round(paced.ok / paced.seconds),
      p50: round1(percentile(paced.latencies, 0.5)),
      p99: round1(percentile(paced.latencies, 0.99)),
      non2xx: paced.non2xx,
      errors: paced.errors,
      latencies: paced.latencies,
    };
  }
  return { target: target.name, mode, ...measured, peakRssMb: await memory.stop() };
}
