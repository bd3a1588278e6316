import { HTTPFetchError } from '@line/bot-sdk';
import { isMonthlyLimitError, PushRefusedError } from '../push-budget/monthly-limit.ts';

/** A Messaging API call that got no answer in time; LINE may still have acted on it. */
export class LineTimeoutError extends Error {
  constructor(ms: number) {
    super(`LINE API call got no answer within ${ms} ms`);
    this.name = 'LineTimeoutError';
  }
}

/**
 * Resolves like `call`, or rejects with LineTimeoutError after `ms`. The SDK uses global fetch with
 * no signal, so the request itself cannot be aborted: its late outcome is swallowed instead of
 * becoming an unhandled rejection.
 */
export function withTimeout<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LineTimeoutError(ms)), ms);
  });
  call.catch(() => {});
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

export interface SendFailure {
  /** Worth trying again later (5xx, a rate-limit 429, network error, timeout). */
  retryable: boolean;
  /** Wait asked for by LINE (Retry-After on 429), if any. */
  retryAfterMs?: number | undefined;
  /** A reply may have reached LINE (timeout, connection lost mid-request): never reply again. */
  replyMayHaveLanded: boolean;
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Sorts an error from a Messaging API call into what the worker should do next. */
export function classifySendError(error: unknown): SendFailure {
  // The month's quota is spent: no retry can succeed before the month ends.
  if (isMonthlyLimitError(error) || error instanceof PushRefusedError)
    return { retryable: false, replyMayHaveLanded: false };
  if (error instanceof HTTPFetchError) {
    const retryable = error.status >= 500 || error.status === 429;
    const seconds = Number(error.headers.get('retry-after'));
    return {
      retryable,
      retryAfterMs: error.status === 429 && seconds > 0 ? seconds * 1000 : undefined,
      replyMayHaveLanded: false,
    };
  }
  if (error instanceof LineTimeoutError) return { retryable: true, replyMayHaveLanded: true };
  if (error instanceof TypeError) {
    // fetch fails with TypeError('fetch failed'); a refused connection never carried the request.
    const code = (error.cause as { code?: string } | undefined)?.code;
    return { retryable: true, replyMayHaveLanded: !(code && NOT_SENT_CODES.has(code)) };
  }
  return { retryable: false, replyMayHaveLanded: false };
}

/** Exponential backoff with full jitter: about 1 s, 2 s, 4 s ... capped at 60 s. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1000 * 2 ** attempt);
  return Math.round(base / 2 + (random() * base) / 2);
}
