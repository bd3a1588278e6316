import type { Outcome } from '../conversation/outcome.ts';
import type { UserState } from '../conversation/state.ts';
import { text } from '../messages/ui.ts';

const NOTICE =
  '今月は、LINEで送れるお知らせの数が残り少ないため、「毎日1問」をお休みしています。来月の1日から、また届きます。「クイズ」と送れば、いつでも解けます。';

/**
 * Tells a user, once a month, that their daily question is paused for the month's budget. The
 * maintenance job marks the users it left out (`dailyPausedMonth`); the notice rides on the user's
 * next reply, which costs nothing.
 */
export function withPauseNotice(loaded: UserState | undefined, outcome: Outcome, month: string): Outcome {
  const state = outcome.state ?? loaded;
  if (!state || outcome.deleteUser || state.dailyPausedMonth !== month || state.dailyPauseTold === month)
    return outcome;
  const replies = outcome.replies ?? [];
  if (replies.length === 0 || replies.length >= 5) return outcome;
  return { ...outcome, replies: [...replies, text(NOTICE)], state: { ...state, dailyPauseTold: month } };
}
