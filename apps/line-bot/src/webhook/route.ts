import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateSignature, type webhook } from '@line/bot-sdk';
import { z } from 'zod';
import type { InboxEvent, Store } from '../store/store.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

const callbackSchema = z.object({
  destination: z.string().optional(),
  events: z.array(
    z.looseObject({
      type: z.string(),
      webhookEventId: z.string().min(1).max(100),
      timestamp: z.number(),
      mode: z.string().optional(),
      source: z
        .looseObject({
          type: z.string(),
          userId: z.string().optional(),
          groupId: z.string().optional(),
          roomId: z.string().optional(),
        })
        .optional(),
    }),
  ),
});

/** Reads the raw body, giving up past `limit` bytes without buffering the rest. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve(undefined);
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

type Source =
  | { userId?: string | undefined; groupId?: string | undefined; roomId?: string | undefined }
  | undefined;

/** The chat to push to, and the key whose state the event changes (the user, also inside a group). */
export function keysOf(source: Source): { userKey: string; chatId: string | null } {
  const chatId = source?.groupId ?? source?.roomId ?? source?.userId ?? null;
  return { userKey: source?.userId ?? chatId ?? 'unknown', chatId };
}

function answer(response: ServerResponse, status: number, body: string, close = false): void {
  response.writeHead(status, {
    'content-type': status === 200 ? 'application/json' : 'text/plain; charset=UTF-8',
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(body);
}

/** The verified, parsed events to store; undefined when the body is not a webhook body. */
function eventsOf(body: Buffer): InboxEvent[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = callbackSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return parsed.data.events
    .filter((e) => e.mode !== 'standby') // another channel module has the chat
    .map((e) => ({
      eventId: e.webhookEventId,
      ...keysOf(e.source),
      event: e as unknown as webhook.Event,
      eventTs: e.timestamp,
    }));
}

/**
 * POST /webhook, on node:http directly (the hot path: no web-stream adapter): verify the signature
 * over the raw bytes first, then store the events in the inbox and answer 200 only once they are
 * committed. No work happens here; the worker is only nudged.
 */
export function webhookHandler(deps: { store: Store; channelSecret: string; onStored: () => void }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let body: Buffer | undefined;
    try {
      body = await readBody(request, MAX_BODY_BYTES);
    } catch {
      response.destroy(); // the client went away mid-body
      return;
    }
    // Refuse without reading the rest; close so the unread bytes never reach the next request.
    if (!body) return answer(response, 413, 'payload too large', true);
    const signature = request.headers['x-line-signature'];
    if (typeof signature !== 'string' || !validateSignature(body, deps.channelSecret, signature))
      return answer(response, 401, 'invalid signature');
    const events = eventsOf(body);
    if (!events) return answer(response, 400, 'malformed body');
    try {
      await deps.store.insertEvents(events);
    } catch {
      return answer(response, 500, 'Internal Server Error');
    }
    if (events.length > 0) deps.onStored();
    answer(response, 200, '{}');
  };
}
