/**
 * How old a "checked on" date (a lesson's or a question's `reviewed`) may be before
 * `pnpm content:check` asks for a fresh check (the one place to change it). Help desks, programmes,
 * editions, counts and fees change; a year-old check is worth repeating.
 */
export const freshnessConfig = {
  /** A `reviewed` date older than this many months is reported. */
  maxAgeMonths: 12,
  /** 'warning': reported, but `content:check` still passes. */
  severity: 'warning' as 'warning' | 'error',
};

export type FreshnessConfig = typeof freshnessConfig;
