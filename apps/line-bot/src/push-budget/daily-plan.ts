import { createHash } from 'node:crypto';
import { daysLeftInMonth } from './month.ts';

/** What the month's quota allows, as the budget last saw it. */
export interface QuotaSnapshot {
  /** The month's target limit; null when the plan sets none (LINE's `type: 'none'`). */
  limit: number | null;
  /** Messages counted this month so far (LINE's `totalUsage` plus what the bot sent since). */
  used: number;
}

/**
 * Daily questions may use what is left of the month after the reserve, spread evenly over the days
 * left, so the first days of a month cannot spend what the last days need.
 */
export function dailyAllowance(quota: QuotaSnapshot, reserve: number, now: Date): number {
  if (quota.limit === null) return Number.POSITIVE_INFINITY;
  const spendable = quota.limit - quota.used - reserve;
  if (spendable <= 0) return 0;
  return Math.floor(spendable / daysLeftInMonth(now));
}

/**
 * Who gets today's question when not everybody can: an order that changes every day (a hash of the
 * day and the user), so the same users are not always first or always left out.
 */
export function fairPick(userKeys: readonly string[], count: number, day: string): string[] {
  if (count >= userKeys.length) return [...userKeys];
  if (count <= 0) return [];
  const rank = (userKey: string) => createHash('sha256').update(`${day}\n${userKey}`).digest('hex');
  return [...userKeys]
    .map((userKey) => ({ userKey, rank: rank(userKey) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.userKey);
}
