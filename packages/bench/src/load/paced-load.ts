import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PacedResult {
  /** Milliseconds from each request's scheduled start to the end of its response, sorted. */
  latencies: number[];
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
}

/**
 * Open-loop load at a constant arrival rate (the way wrk2 and k6's constant-arrival-rate work):
 * request i is due at start + i / rate, whether or not earlier ones have been answered, and its
 * latency counts from that due time. A server (or this process) that stalls therefore pays for every
 * request that should have gone out meanwhile, instead of the load generator quietly waiting
 * (coordinated omission). Keep-alive connections are opened as needed, up to `maxConnections`.
 */
export async function runPaced(options: {
  url: string;
  rate: number;
  seconds: number;
  body: () => { body: string; headers: Record<string, string> };
  maxConnections?: number;
  timeoutMs?: number;
}): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxConnections ?? 64 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let finished = 0;
  let done: () => void = () => {};
  const allDone = new Promise<void>((resolve) => {
    done = resolve;
  });
  const settle = () => {
    if (++finished === total) done();
  };

  function fire(dueAt: number): void {
    const { body, headers } = options.body();
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: options.timeoutMs ?? 10_000,
      },
      (response) => {
        response.resume();
        response.once('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            ok++;
            latencies.push(performance.now() - dueAt);
          } else non2xx++;
          settle();
        });
      },
    );
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', () => {
      errors++;
      settle();
    });
    req.end(body);
  }

  const start = performance.now() + 10;
  let next = 0;
  const began = Date.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        fire(start + next * interval);
        next++;
      }
      if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
      else resolve();
    };
    setTimeout(tick, 10);
  });
  if (total > 0) await allDone;
  const seconds = (Date.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, ok, non2xx, errors, seconds };
}

/** The value below which `fraction` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}
