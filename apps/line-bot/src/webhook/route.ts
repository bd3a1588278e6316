import { validateSignature, type webhook } from '@line/bot-sdk';
import type { Context } from 'hono';
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
async function readBody(request: Request, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!request.body) return Buffer.alloc(0);
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

type Source =
  | { userId?: string | undefined; groupId?: string | undefined; roomId?: string | undefined }
  | undefined;

/** The chat to push to, and the key whose state the event changes (the user, also inside a group). */
export function keysOf(source: Source): { userKey: string; chatId: string | null } {
  const chatId = source?.groupId ?? source?.roomId ?? source?.userId ?? null;
  return { userKey: source?.userId ?? chatId ?? 'unknown', chatId };
}

/**
 * POST /webhook: verify the signature over the raw bytes first, then store the events in the inbox
 * and answer 200. No work happens here; the worker is only nudged.
 */
export function webhookHandler(deps: { store: Store; channelSecret: string; onStored: () => void }) {
  return async (c: Context) => {
    const body = await readBody(c.req.raw, MAX_BODY_BYTES);
    if (!body) return c.text('payload too large', 413);
    const signature = c.req.header('x-line-signature');
    if (!signature || !validateSignature(body, deps.channelSecret, signature))
      return c.text('invalid signature', 401);
    let parsed: z.output<typeof callbackSchema>;
    try {
      parsed = callbackSchema.parse(JSON.parse(body.toString('utf8')));
    } catch {
      return c.text('malformed body', 400);
    }
    const events: InboxEvent[] = parsed.events
      .filter((e) => e.mode !== 'standby') // another channel module has the chat
      .map((e) => ({
        eventId: e.webhookEventId,
        ...keysOf(e.source),
        event: e as unknown as webhook.Event,
        eventTs: e.timestamp,
      }));
    await deps.store.insertEvents(events);
    if (events.length > 0) deps.onStored();
    return c.json({});
  };
}
