import autocannon from 'autocannon';
import { answerBody } from './answer-body.ts';

/** As many requests as 50 keep-alive connections get answered, each a new signed event. */
export async function runAutocannon(url: string, seconds: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 50,
    duration: seconds,
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
  return {
    rps: Math.round(result['2xx'] / (result.duration || seconds)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
