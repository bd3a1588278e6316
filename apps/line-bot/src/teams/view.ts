import type { ActivityRow, Member } from './model.ts';
import { themeCompletedAt } from './theme.ts';

/** A topic's rate is shown only when this many members other than the viewer answered it. */
export const MIN_OTHERS_PER_TOPIC = 3;

const JST_MS = 9 * 3_600_000;
/** Japan date (YYYY-MM-DD) of an instant. */
export const japanDate = (at: string | Date): string =>
  new Date(new Date(at).getTime() + JST_MS).toISOString().slice(0, 10);

export interface MemberLine {
  displayName: string;
  role: Member['role'];
  joinedAt: string;
  /** Questions answered this month (Japan time), since joining. */
  answersThisMonth: number;
  /** Days with at least one answer this month. */
  daysThisMonth: number;
  /** Japan date of the last answer since joining, if any. */
  lastStudied?: string | undefined;
  /** Japan date on which the member completed this month's theme, if they did. */
  themeDone?: string | undefined;
}

export interface TopicRate {
  topic: string;
  correct: number;
  total: number;
  members: number;
}

export interface OwnerView {
  month: string;
  members: MemberLine[];
  studiedThisMonth: number;
  /** Topics answered by enough members to show a rate without exposing anyone. */
  topics: TopicRate[];
  /** Topics answered, but by too few members to show. */
  hiddenTopics: number;
  weakest?: TopicRate | undefined;
  /** This month's theme, and how many members (owner and co-owners included) completed it. */
  theme?: { topic: string; done: number } | undefined;
}

/**
 * The owner's (or a co-owner's) view of the team. Rows must be answers given since each member
 * joined. No member's single answer or own correct rate comes out: only counts, dates and
 * per-topic rates over at least MIN_OTHERS_PER_TOPIC members besides the viewer.
 */
export function ownerView(input: {
  members: readonly Member[];
  rows: readonly ActivityRow[];
  topicOf: (questionId: string) => string | undefined;
  viewerKey: string;
  now: Date;
  /** This month's theme and its question ids, if the owner set one. */
  theme?: { topic: string; questionIds: readonly string[] } | undefined;
}): OwnerView {
  const month = japanDate(input.now).slice(0, 7);
  const inTeam = new Set(input.members.map((m) => m.userKey));
  const rows = input.rows.filter((r) => inTeam.has(r.userKey));
  const theme = input.theme;
  const doneOn = (ids: readonly string[], own: ActivityRow[]) => {
    const at = themeCompletedAt(ids, own);
    return at ? japanDate(at) : undefined;
  };
  const members = input.members
    .map((m): MemberLine => {
      const own = rows.filter((r) => r.userKey === m.userKey);
      const days = own.map((r) => japanDate(r.at)).sort();
      const thisMonth = days.filter((d) => d.startsWith(month));
      return {
        displayName: m.displayName,
        role: m.role,
        joinedAt: m.joinedAt,
        answersThisMonth: thisMonth.length,
        daysThisMonth: new Set(thisMonth).size,
        lastStudied: days.at(-1),
        themeDone: theme ? doneOn(theme.questionIds, own) : undefined,
      };
    })
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  const byTopic = new Map<string, { correct: number; total: number; who: Set<string> }>();
  for (const row of rows) {
    const topic = input.topicOf(row.questionId);
    if (!topic) continue;
    const entry = byTopic.get(topic) ?? { correct: 0, total: 0, who: new Set<string>() };
    entry.total += 1;
    if (row.correct) entry.correct += 1;
    entry.who.add(row.userKey);
    byTopic.set(topic, entry);
  }
  const topics: TopicRate[] = [];
  let hiddenTopics = 0;
  for (const [topic, entry] of byTopic) {
    const others = [...entry.who].filter((u) => u !== input.viewerKey).length;
    if (others >= MIN_OTHERS_PER_TOPIC)
      topics.push({ topic, correct: entry.correct, total: entry.total, members: entry.who.size });
    else hiddenTopics += 1;
  }
  topics.sort((a, b) => a.topic.localeCompare(b.topic));
  const rate = (t: TopicRate) => t.correct / t.total;
  const weakest = [...topics].sort((a, b) => rate(a) - rate(b) || b.total - a.total)[0];
  return {
    month,
    members,
    studiedThisMonth: members.filter((m) => m.answersThisMonth > 0).length,
    topics,
    hiddenTopics,
    weakest,
    theme: theme
      ? { topic: theme.topic, done: members.filter((m) => m.themeDone !== undefined).length }
      : undefined,
  };
}
