import type { webhook } from '@line/bot-sdk';
import { messageEventShape } from '../conversation/event-shape.ts';
import type { Query } from '../store/db.ts';
import { joinCodeOf } from './codes.ts';
import { liveUserTx } from './live-store.ts';
import type { LiveContext, LiveWrite } from './types.ts';

function typedCode(event: webhook.Event): string | undefined {
  if (event.type !== 'message') return undefined;
  const parsed = messageEventShape.safeParse(event);
  if (!parsed.success || parsed.data.message.type !== 'text') return undefined;
  const body = parsed.data.message.text;
  return typeof body === 'string' ? joinCodeOf(body) : undefined;
}

/** Reads, in the user's transaction, the live rows the pure handler may need for this event. */
export async function loadLiveContext(
  tx: Query,
  userKey: string,
  event: webhook.Event,
  at: number,
): Promise<LiveContext> {
  const live = liveUserTx(tx, userKey, at);
  const code = typedCode(event);
  return { mine: await live.membership(), ...(code ? { byCode: await live.byCode(code) } : {}) };
}

/** Writes the handler's live rows in the same transaction; the sessions it touched (to wake streams). */
export async function writeLive(
  tx: Query,
  userKey: string,
  writes: readonly LiveWrite[],
  at: number,
): Promise<string[]> {
  const live = liveUserTx(tx, userKey, at);
  for (const write of writes) await live.write(write);
  return writes.map((w) => w.sessionId);
}
