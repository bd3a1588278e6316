import { createServer, type Server } from 'node:http';
import { HTTPFetchError } from '@line/bot-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createJsonPoster } from '../src/line/messaging-http.ts';
import { classifySendError, LineNetworkError, LineTimeoutError } from '../src/line/send-failure.ts';

// The node:http client under the LINE client, against small servers that misbehave on purpose.
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const failureOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call succeeded');
};

describe('Messaging API over node:http', () => {
  it('sends JSON with the token and extra headers, and returns the answer', async () => {
    let seen: { headers: Record<string, unknown>; body: string; path: string | undefined } | undefined;
    const url = await serve((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        seen = { headers: request.headers, body: Buffer.concat(chunks).toString(), path: request.url };
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"sentMessages":[]}');
      });
    });
    const post = createJsonPoster({ baseUrl: url, channelAccessToken: 'token-1' });
    const answer = await post(
      '/v2/bot/message/push',
      { to: 'U1', messages: [{ type: 'text', text: 'こんにちは' }] },
      {
        timeoutMs: 2000,
        headers: { 'x-line-retry-key': 'k-1' },
      },
    );
    expect(answer).toBe('{"sentMessages":[]}');
    expect(seen?.path).toBe('/v2/bot/message/push');
    expect(seen?.headers.authorization).toBe('Bearer token-1');
    expect(seen?.headers['x-line-retry-key']).toBe('k-1');
    expect(JSON.parse(seen?.body ?? '')).toEqual({
      to: 'U1',
      messages: [{ type: 'text', text: 'こんにちは' }],
    });
  });

  it('a non-2xx answer is the SDK HTTPFetchError, with status, body and Retry-After', async () => {
    const url = await serve((request, response) => {
      request.resume();
      request.on('end', () =>
        response.writeHead(429, { 'retry-after': '7' }).end('{"message":"Too Many Requests"}'),
      );
    });
    const post = createJsonPoster({ baseUrl: url, channelAccessToken: 't' });
    const error = await failureOf(post('/v2/bot/message/reply', {}, { timeoutMs: 2000 }));
    expect(error).toBeInstanceOf(HTTPFetchError);
    expect((error as HTTPFetchError).status).toBe(429);
    expect((error as HTTPFetchError).body).toContain('Too Many Requests');
    expect(classifySendError(error)).toEqual({
      retryable: true,
      retryAfterMs: 7000,
      replyMayHaveLanded: false,
    });
  });

  it('gives up after the timeout and closes the connection (the call may have landed)', async () => {
    let closed: () => void = () => {};
    const connectionClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const url = await serve((request) => {
      request.resume();
      request.socket.once('close', () => closed());
    });
    const post = createJsonPoster({ baseUrl: url, channelAccessToken: 't' });
    const error = await failureOf(post('/v2/bot/message/reply', {}, { timeoutMs: 100 }));
    expect(error).toBeInstanceOf(LineTimeoutError);
    expect(classifySendError(error).replyMayHaveLanded).toBe(true);
    await connectionClosed;
  });

  it('a refused connection never carried the request; a cut one may have', async () => {
    const url = await serve((request) => {
      request.resume();
      request.on('end', () => request.socket.destroy());
    });
    const post = createJsonPoster({ baseUrl: url, channelAccessToken: 't' });
    const cut = await failureOf(post('/v2/bot/message/reply', {}, { timeoutMs: 2000 }));
    expect(cut).toBeInstanceOf(LineNetworkError);
    expect(classifySendError(cut)).toEqual({ retryable: true, replyMayHaveLanded: true });

    const port = new URL(url).port;
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    const refusedPost = createJsonPoster({ baseUrl: `http://127.0.0.1:${port}`, channelAccessToken: 't' });
    const refused = await failureOf(refusedPost('/v2/bot/message/reply', {}, { timeoutMs: 2000 }));
    expect(refused).toBeInstanceOf(LineNetworkError);
    expect((refused as LineNetworkError).code).toBe('ECONNREFUSED');
    expect(classifySendError(refused)).toEqual({ retryable: true, replyMayHaveLanded: false });
  });
});
