import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { Message } from '../messages/ui.ts';
import { isMonthlyLimitError, PushRefusedError } from '../push-budget/monthly-limit.ts';
import { createPushBudget, type PushBudget, type PushPurpose } from '../push-budget/push-budget.ts';
import { retryKeyFor } from './retry-key.ts';
import { withTimeout } from './send-failure.ts';

/** The one module that talks to the Messaging API. */
export interface LineClient {
  /** Sends with the reply token while it is fresh; falls back to push when LINE refuses the token. */
  deliver(
    out: { replyToken?: string | undefined; to?: string | undefined; messages: Message[] },
    eventTs: number,
    key: string,
    /** False once an earlier reply attempt may have reached LINE: a reply token is single-use. */
    replyAllowed?: boolean,
  ): Promise<'replied' | 'pushed' | 'dropped'>;
  /**
   * Push with X-Line-Retry-Key derived from `key`, so a retry never sends twice (409 = already sent).
   * The push budget decides first; a push it refuses throws PushRefusedError and sends nothing.
   */
  push(to: string, messages: Message[], key: string, purpose?: PushPurpose): Promise<'pushed'>;
  /** The month's push budget every push goes through. */
  budget: PushBudget;
  /** The bot's basic ID (`@...`) from GET /v2/bot/info: the live join QR needs it. */
  basicId(): Promise<string>;
}

/** A reply token lives about a minute; leave a margin for the request itself. */
export const REPLY_TOKEN_TTL_MS = 50_000;
/** Longest wait for one Messaging API call; LINE answers in well under a second normally. */
export const LINE_CALL_TIMEOUT_MS = 10_000;

export function createLineClient(options: {
  channelAccessToken: string;
  apiBaseUrl: string;
  now?: () => number;
  timeoutMs?: number;
  /** Pushes kept back each month for expired-reply fallbacks (default DEFAULT_PUSH_RESERVE). */
  pushReserve?: number;
}): LineClient {
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken: options.channelAccessToken,
    baseURL: options.apiBaseUrl,
  });
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? LINE_CALL_TIMEOUT_MS;
  const budget = createPushBudget({
    now: () => new Date(now()),
    ...(options.pushReserve !== undefined ? { reserve: options.pushReserve } : {}),
    readQuota: async () => {
      const [quota, consumption] = await Promise.all([
        withTimeout(api.getMessageQuota(), timeoutMs),
        withTimeout(api.getMessageQuotaConsumption(), timeoutMs),
      ]);
      return { limit: quota.type === 'limited' ? (quota.value ?? 0) : null, used: consumption.totalUsage };
    },
  });

  async function push(
    to: string,
    messages: Message[],
    key: string,
    purpose: PushPurpose = 'fallback',
  ): Promise<'pushed'> {
    if (!(await budget.allows(purpose))) throw new PushRefusedError(purpose);
    try {
      await withTimeout(api.pushMessage({ to, messages }, retryKeyFor(key)), timeoutMs);
      budget.noteSent();
    } catch (error) {
      if (isMonthlyLimitError(error)) budget.noteMonthlyLimit();
      // 409: the same retry key was accepted before, so the message is already out.
      if (!(error instanceof HTTPFetchError && error.status === 409)) throw error;
    }
    return 'pushed';
  }

  return {
    budget,
    push,
    basicId: async () => (await withTimeout(api.getBotInfo(), timeoutMs)).basicId,
    async deliver(out, eventTs, key, replyAllowed = true) {
      const messages = out.messages.slice(0, 5);
      if (replyAllowed && out.replyToken && now() - eventTs < REPLY_TOKEN_TTL_MS) {
        try {
          await withTimeout(api.replyMessage({ replyToken: out.replyToken, messages }), timeoutMs);
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
