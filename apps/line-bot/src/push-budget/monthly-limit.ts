import { HTTPFetchError } from '@line/bot-sdk';

/**
 * LINE refuses a push past the month's quota with 429 and "You have reached your monthly limit.".
 * That is not a rate limit: retrying cannot succeed before the month ends.
 */
export function isMonthlyLimitError(error: unknown): boolean {
  return error instanceof HTTPFetchError && error.status === 429 && /monthly limit/i.test(error.body);
}

/** A push the budget did not allow: nothing was sent, and trying again this month will not help. */
export class PushRefusedError extends Error {
  constructor(purpose: string) {
    super(`push refused by the monthly budget (${purpose})`);
    this.name = 'PushRefusedError';
  }
}
