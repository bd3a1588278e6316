/**
 * The presenter's optional push of opened questions: what the bot's answer to an open call means
 * for the instructor. Pushes use the LINE account's monthly free messages (one per participant);
 * replies cost nothing, so the seminar works without them.
 */

/** The bot's 409 when the month's messages would not cover the room (apps/line-bot README). */
export interface PushRefusal {
  /** Participants in LINE, so messages needed. */
  needed: number;
  /** Messages left this month for pushes. */
  remaining: number;
  limit: number;
  used: number;
}

export function parsePushRefusal(body: unknown): PushRefusal | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { needed, remaining, limit, used } = body as Record<string, unknown>;
  return [needed, remaining, limit, used].every((n) => typeof n === 'number')
    ? ({ needed, remaining, limit, used } as PushRefusal)
    : undefined;
}

export const pushRefusedText = (r: PushRefusal) =>
  `LINE には送りませんでした。参加者 ${r.needed}人に送るには ${r.needed}通いりますが、今月の残りは ${r.remaining}通です（今月の上限 ${r.limit}通、使用 ${r.used}通）。問題は開きました。参加者がボタンを押すと、次の問題が出ます。`;

export const pushedText = (pushed: number) =>
  pushed > 0 ? `問題を LINE で ${pushed}人に送りました。` : '問題を開きました（LINE で送る相手はいません）。';
