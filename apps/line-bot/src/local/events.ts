import { randomBytes } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';

/** What a simulated user does. */
export type UserAction =
  | { kind: 'text'; text: string }
  | { kind: 'postback'; data: string; displayText?: string | undefined }
  | { kind: 'sticker' }
  | { kind: 'image' }
  | { kind: 'follow'; unblocked?: boolean }
  | { kind: 'unfollow' };

/** Crockford's base32, the ULID alphabet. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID, as LINE's webhookEventId is (webhook.yml): 10 characters of the time in ms, then 16 random
 * ones. Ids that grow with time matter for the bench: the inbox's key index takes them at its end
 * instead of on a random page.
 */
export function eventId(at = Date.now()): string {
  let time = '';
  for (let rest = at, i = 0; i < 10; i++, rest = Math.floor(rest / 32)) time = BASE32[rest % 32] + time;
  let random = '';
  for (const byte of randomBytes(16)) random += BASE32[byte % 32]; // 256 is a multiple of 32: no bias
  return time + random;
}

/** Builds a webhook event the way LINE sends it, with a reply token where LINE gives one. */
export function buildEvent(
  action: UserAction,
  options: { userId: string; groupId?: string | undefined; timestamp: number; replyToken: string },
): webhook.Event {
  const source: webhook.Source = options.groupId
    ? { type: 'group', groupId: options.groupId, userId: options.userId }
    : { type: 'user', userId: options.userId };
  const base = {
    source,
    timestamp: options.timestamp,
    mode: 'active' as const,
    webhookEventId: eventId(),
    deliveryContext: { isRedelivery: false },
  };
  const id = eventId();
  switch (action.kind) {
    case 'text':
      return {
        ...base,
        type: 'message',
        replyToken: options.replyToken,
        message: { type: 'text', id, text: action.text, quoteToken: id },
      };
    case 'postback':
      return { ...base, type: 'postback', replyToken: options.replyToken, postback: { data: action.data } };
    case 'sticker':
      return {
        ...base,
        type: 'message',
        replyToken: options.replyToken,
        message: {
          type: 'sticker',
          id,
          packageId: '446',
          stickerId: '1988',
          stickerResourceType: 'STATIC',
          quoteToken: id,
        },
      };
    case 'image':
      return {
        ...base,
        type: 'message',
        replyToken: options.replyToken,
        message: { type: 'image', id, quoteToken: id, contentProvider: { type: 'line' } },
      };
    case 'follow':
      return {
        ...base,
        type: 'follow',
        replyToken: options.replyToken,
        follow: { isUnblocked: action.unblocked ?? false },
      };
    case 'unfollow':
      return { ...base, type: 'unfollow' };
    default:
      return action satisfies never;
  }
}
