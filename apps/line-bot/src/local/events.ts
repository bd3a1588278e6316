import { randomUUID } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';

/** What a simulated user does. */
export type UserAction =
  | { kind: 'text'; text: string }
  | { kind: 'postback'; data: string; displayText?: string | undefined }
  | { kind: 'sticker' }
  | { kind: 'image' }
  | { kind: 'follow'; unblocked?: boolean }
  | { kind: 'unfollow' };

/** ULID-like id: LINE's webhookEventId is a 26-character ULID. */
export function eventId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 26).toUpperCase();
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
