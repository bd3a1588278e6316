import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type Endpoint = 'reply' | 'push' | 'other';

/** The account's basic ID as GET /v2/bot/info serves it. */
export const BENCH_BASIC_ID = '@000bench';

/** What the fake answers to one call; `ok` behaves like LINE on success. */
export type Fault =
  | { kind: 'ok' }
  | { kind: 'status'; status: 500 | 429 }
  | { kind: 'slow'; ms: number }
  | { kind: 'invalid-reply-token' };

export interface ApiCall {
  endpoint: Endpoint;
  /** The chat the messages went to: the push target, or the user the reply token was issued to. */
  chatId: string | undefined;
  replyToken: string | undefined;
  retryKey: string | undefined;
  messages: Record<string, unknown>[];
  answered: number;
}

const readJson = async (request: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
};

const send = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

/**
 * A minimal Messaging API on loopback for load and drills: accepts reply, push and loading calls,
 * keeps reply tokens single-use and push retry keys unique (409), records every call, and lets a
 * drill choose a fault per call. Light on purpose, so that benchmarks measure the bot, not the fake.
 */
export async function startFakeLineApi(
  options: {
    faults?: (call: ApiCall, attempt: number) => Fault;
    /** Keep every call in `calls` and `delivered` (the drills check them; a long load test need not). */
    record?: boolean;
    port?: number;
  } = {},
) {
  const record = options.record ?? true;
  const calls: ApiCall[] = [];
  const delivered: ApiCall[] = [];
  const usedTokens = new Set<string>();
  const retryKeys = new Set<string>();
  /** Reply token -> chat, so replies can be counted per user. */
  const tokenOwner = new Map<string, string>();
  const attempts = new Map<string, number>();

  const server = createServer(async (request, response) => {
    const path = request.url ?? '';
    const endpoint: Endpoint = path.endsWith('/message/reply')
      ? 'reply'
      : path.endsWith('/message/push')
        ? 'push'
        : 'other';
    const body = await readJson(request);
    // The bot learns its basic ID at start (live join codes, team invites).
    if (path === '/v2/bot/info')
      return send(response, 200, { userId: 'Ubench', basicId: BENCH_BASIC_ID, displayName: 'Mamoru bench' });
    if (endpoint === 'other') return send(response, 200, {});
    const replyToken = typeof body.replyToken === 'string' ? body.replyToken : undefined;
    const retryKey = request.headers['x-line-retry-key'] as string | undefined;
    const call: ApiCall = {
      endpoint,
      chatId: endpoint === 'push' ? String(body.to) : replyToken ? tokenOwner.get(replyToken) : undefined,
      replyToken,
      retryKey,
      messages: Array.isArray(body.messages) ? (body.messages as Record<string, unknown>[]) : [],
      answered: 0,
    };
    if (record) calls.push(call);
    const key = `${endpoint}:${replyToken ?? retryKey ?? ''}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const fault = options.faults?.(call, attempt) ?? { kind: 'ok' };
    if (fault.kind === 'status') {
      call.answered = fault.status;
      return send(response, fault.status, {
        message: fault.status === 429 ? 'Too Many Requests' : 'Internal Server Error',
      });
    }
    if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (endpoint === 'reply') {
      if (fault.kind === 'invalid-reply-token' || !replyToken || usedTokens.has(replyToken)) {
        call.answered = 400;
        return send(response, 400, { message: 'Invalid reply token' });
      }
      usedTokens.add(replyToken);
    } else if (retryKey) {
      if (retryKeys.has(retryKey)) {
        call.answered = 409;
        return send(response, 409, { message: 'The retry key is already accepted' });
      }
      retryKeys.add(retryKey);
    }
    call.answered = 200;
    if (record) delivered.push(call);
    return send(response, 200, { sentMessages: [] });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Calls that LINE would have accepted: each one reached a user's chat exactly once. */
    delivered,
    /** Remember whose reply token this is (the drill issues tokens the way LINE does). */
    issueToken(token: string, chatId: string) {
      tokenOwner.set(token, chatId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeLineApi = Awaited<ReturnType<typeof startFakeLineApi>>;
