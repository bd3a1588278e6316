/** The live seminar between the presenter window and the audience window (BroadcastChannel). */

/** The bot's tally object (apps/line-bot README, "Live seminars: HTTP contract"). */
export interface LiveTally {
  participants: number;
  questionId: string | null;
  counts: number[];
  answered: number;
  open: boolean;
  status: 'active' | 'ended' | 'expired';
}

export interface LiveJoin {
  code: string;
  joinUrl: string;
  addFriendUrl: string;
  /** The web fallback for people without LINE. */
  webUrl: string;
}

/** Everything the audience window shows; the presenter window sends it whole on every change. */
export interface LiveState {
  join: LiveJoin | null;
  showJoin: boolean;
  /** Hide the bars on the projector until the answer is revealed. */
  hideBars: boolean;
  tally: LiveTally | null;
}

export type LiveMessage = { type: 'live-state'; state: LiveState } | { type: 'live-hello' };

export const liveChannelName = (deckId: string) => `mamoru-live:${deckId}`;

export function parseLiveMessage(data: unknown): LiveMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { type?: unknown; state?: unknown };
  if (message.type === 'live-hello') return { type: 'live-hello' };
  if (message.type === 'live-state' && typeof message.state === 'object' && message.state !== null)
    return { type: 'live-state', state: message.state as LiveState };
  return undefined;
}

/** Splits a Server-Sent Events buffer into complete events' data; returns the rest. */
export function takeSseData(buffer: string): { data: string[]; rest: string } {
  const data: string[] = [];
  let rest = buffer.replace(/\r\n/g, '\n');
  for (let end = rest.indexOf('\n\n'); end >= 0; end = rest.indexOf('\n\n')) {
    const lines = rest
      .slice(0, end)
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''));
    if (lines.length > 0) data.push(lines.join('\n'));
    rest = rest.slice(end + 2);
  }
  return { data, rest };
}

/** One CSV row per question, no personal data (the results page's download). */
export interface LiveResults {
  code: string;
  deckId: string;
  participants: number;
  questions: {
    questionId: string;
    prompt: string;
    choices: string[];
    correct: number[];
    counts: number[];
    answered: number;
    correctRate: number | null;
  }[];
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function resultsCsv(results: LiveResults): string {
  const most = Math.max(0, ...results.questions.map((q) => q.choices.length));
  const header = [
    'question_id',
    'prompt',
    'answered',
    'correct_rate_percent',
    ...Array.from({ length: most }, (_, i) => `choice_${i + 1}`),
  ];
  const rows = results.questions.map((q) => [
    q.questionId,
    q.prompt,
    q.answered,
    q.correctRate === null ? '' : Math.round(q.correctRate * 100),
    ...Array.from({ length: most }, (_, i) => (i < q.counts.length ? (q.counts[i] ?? 0) : '')),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}
