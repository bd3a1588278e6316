import { dailyAllowance, fairPick, type QuotaSnapshot } from './daily-plan.ts';
import { japanMonth } from './month.ts';

/**
 * Why a push goes out. Replies cost nothing; every push counts against the month's quota (200 on
 * LINE's free plan), so each names its purpose:
 * - `fallback`: a reply the user asked for whose reply token had expired; it may use the reserve.
 * - `daily`: the opted-in daily question; it never touches the reserve.
 * - `live`: a live seminar's opened question, pushed when the instructor chose to; no reserve either.
 */
export type PushPurpose = 'daily' | 'fallback' | 'live';

/** Where the budget reads the month's quota (getMessageQuota and getMessageQuotaConsumption). */
export type ReadQuota = () => Promise<QuotaSnapshot>;

export interface BudgetStatus extends QuotaSnapshot {
  month: string;
  reserve: number;
  /** LINE answered "You have reached your monthly limit." this month. */
  limitReached: boolean;
}

export interface DailyPlan {
  /** Users who get today's question. */
  send: string[];
  /** Users left out today because the month's budget would run out. */
  paused: string[];
}

export interface PushBudget {
  /** May a push for this purpose go out now? */
  allows(purpose: PushPurpose): Promise<boolean>;
  /** Counts a push that LINE accepted, so the budget stays right between quota readings. */
  noteSent(): void;
  /** LINE refused a push for the monthly limit: no more pushes until the month changes. */
  noteMonthlyLimit(): void;
  /** Splits today's opted-in users into those who get the daily question and those paused. */
  planDaily(userKeys: readonly string[], day: string): Promise<DailyPlan>;
  status(): Promise<BudgetStatus>;
}

/** Messages kept back each month for replies whose token expired (the user asked for those). */
export const DEFAULT_PUSH_RESERVE = 20;
/** How long a quota reading is trusted before LINE is asked again. */
const QUOTA_CACHE_MS = 5 * 60_000;

/**
 * The one place that decides whether a push may go out. It reads the month's quota from LINE (cached
 * for five minutes and kept up to date by the pushes it counts), keeps a reserve for expired-reply
 * fallbacks, spreads daily questions evenly over the days left and stops every push for the rest of
 * the month once LINE reports the monthly limit.
 */
export function createPushBudget(options: {
  readQuota: ReadQuota;
  now: () => Date;
  reserve?: number;
}): PushBudget {
  const reserve = options.reserve ?? DEFAULT_PUSH_RESERVE;
  let cached: { month: string; at: number; quota: QuotaSnapshot } | undefined;
  let limitReachedMonth: string | undefined;
  const dailySent = new Map<string, number>();

  async function quota(): Promise<{ month: string; quota: QuotaSnapshot }> {
    const now = options.now();
    const month = japanMonth(now);
    const fresh = cached && cached.month === month && now.getTime() - cached.at < QUOTA_CACHE_MS;
    if (!fresh) {
      try {
        cached = { month, at: now.getTime(), quota: await options.readQuota() };
      } catch (error) {
        // LINE did not answer: keep this month's last reading, or know nothing (see allows).
        if (!cached || cached.month !== month) throw error;
      }
    }
    return { month, quota: (cached as { quota: QuotaSnapshot }).quota };
  }

  async function allows(purpose: PushPurpose): Promise<boolean> {
    const month = japanMonth(options.now());
    if (limitReachedMonth === month) return false;
    let snapshot: QuotaSnapshot;
    try {
      snapshot = (await quota()).quota;
    } catch {
      // Without a reading, send what the user asked for and hold back what they only opted into.
      return purpose === 'fallback';
    }
    if (snapshot.limit === null) return true;
    const keep = purpose === 'fallback' ? 0 : reserve;
    return snapshot.used + 1 <= snapshot.limit - keep;
  }

  return {
    allows,
    noteSent() {
      if (cached) cached.quota = { ...cached.quota, used: cached.quota.used + 1 };
    },
    noteMonthlyLimit() {
      limitReachedMonth = japanMonth(options.now());
    },
    async planDaily(userKeys, day) {
      const now = options.now();
      let allowance = 0;
      if (limitReachedMonth !== japanMonth(now)) {
        try {
          allowance = dailyAllowance((await quota()).quota, reserve, now) - (dailySent.get(day) ?? 0);
        } catch {
          allowance = 0;
        }
      }
      const send = fairPick(userKeys, Math.max(0, allowance), day);
      const chosen = new Set(send);
      dailySent.set(day, (dailySent.get(day) ?? 0) + send.length);
      return { send, paused: userKeys.filter((userKey) => !chosen.has(userKey)) };
    },
    async status() {
      const month = japanMonth(options.now());
      const { quota: snapshot } = await quota();
      return { ...snapshot, month, reserve, limitReached: limitReachedMonth === month };
    },
  };
}
