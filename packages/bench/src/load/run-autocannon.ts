import { createHmac } from 'node:crypto';
import { buildEvent, eventId } from '@mamoru/line-bot/events';
import autocannon from 'autocannon';
import { CHANNEL_SECRET } from '../bot-process.ts';
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
}

let sequence = 0;
/** A signed answer postback from one of 10,000 users, with a fresh webhookEventId each time. */
function answerBody(): { body: string; signature: string } {
  const n = sequence++;
  const userId = `U${(n % 10_000).toString(16).padStart(32, '0')}`;
  const event = buildEvent(
    { kind: 'postback', data: `a=ans&s=bench${n % 97}&q=mgmt-00${(n % 9) + 1}&c=${n % 3}` },
    { userId, timestamp: Date.now(), replyToken: eventId() },
  );
  const body = JSON.stringify({ destination: 'Ubench', events: [event] });
  return { body, signature: createHmac('sha256', CHANNEL_SECRET).update(body).digest('base64') };
}

/**
 * autocannon against one target: as fast as it goes (`max`, 50 connections) or at a fixed 500
 * requests/s (`rate`). Every request is a new signed event.
 */
export async function runLoad(
  target: LoadTarget,
  mode: 'max' | 'rate',
  seconds: number,
): Promise<LoadResult> {
  const memory = sampleRss(target.pid);
  const result = await autocannon({
    url: target.webhookUrl,
    method: 'POST',
    connections: mode === 'max' ? 50 : 20,
    duration: seconds,
    ...(mode === 'rate' ? { overallRate: 500 } : {}),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { body, signature } = answerBody();
          return {
            ...request,
            body,
            headers: { 'content-type': 'application/json; charset=utf-8', 'x-line-signature': signature },
          };
        },
      },
    ],
  });
  const peakRssMb = await memory.stop();
  return {
    target: target.name,
    mode,
    rps: Math.round(result['2xx'] / (result.duration || seconds)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    peakRssMb,
  };
}
