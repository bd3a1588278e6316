import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { Message } from '../messages/ui.ts';
import { retryKeyFor } from './retry-key.ts';

/** The one module that talks to the Messaging API. */
export interface LineClient {
  /** Sends with the reply token while it is fresh; falls back to push when LINE refuses the token. */
  deliver(
    out: { replyToken?: string | undefined; to?: string | undefined; messages: Message[] },
    eventTs: number,
    key: string,
  ): Promise<'replied' | 'pushed' | 'dropped'>;
  /** Push with X-Line-Retry-Key derived from `key`, so a retry never sends twice (409 = already sent). */
  push(to: string, messages: Message[], key: string): Promise<'pushed'>;
}

/** A reply token lives about a minute; leave a margin for the request itself. */
export const REPLY_TOKEN_TTL_MS = 50_000;

export function createLineClient(options: {
  channelAccessToken: string;
  apiBaseUrl: string;
  now?: () => number;
}): LineClient {
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.apiBaseUrl,
  });
  const now = options.now ?? Date.now;

  async function push(to: string, messages: Message[], key: string): Promise<'pushed'> {
    try {
      await api.pushMessage({ to, messages }, retryKeyFor(key));
    } catch (error) {
      // 409: the same retry key was accepted before, so the message is already out.
      if (!(error instanceof HTTPFetchError && error.status === 409)) throw error;
    }
    return 'pushed';
  }

  return {
    push,
    async deliver(out, eventTs, key) {
      const messages = out.messages.slice(0, 5);
      if (out.replyToken && now() - eventTs < REPLY_TOKEN_TTL_MS) {
        try {
          await api.replyMessage({ replyToken: out.replyToken, messages });
          return 'replied';
        } catch (error) {
          const invalidToken =
            error instanceof HTTPFetchError &&
            error.status === 400 &&
            /invalid reply token/i.test(error.body);
          if (!invalidToken) throw error;
        }
      }
      return out.to ? push(out.to, messages, key) : 'dropped';
    },
  };
}
