import type { ActivityRow, Member, Team } from '../teams/model.ts';
import { type TeamTheme, themeCompletedAt, themeQuestionIds } from '../teams/theme.ts';
import { japanDate, ownerView, type TopicRate } from '../teams/view.ts';

/** One member's line of the training record: only what the consent card lists. */
export interface RecordMember {
  displayName: string;
  role: Member['role'];
  joinedOn: string;
  daysStudied: number;
  answered: number;
  lastStudiedOn?: string | undefined;
  /** Per theme of the period, in month order: the Japan date it was completed, if it was. */
  themesDone: (string | undefined)[];
}

export interface TrainingRecord {
  teamName: string;
  /** Japan dates: from the team's creation to the day of printing. */
  from: string;
  to: string;
  themes: { month: string; topic: string }[];
  members: RecordMember[];
  /** Team-level correct rates, only where enough members answered (the owner's view's rule). */
  teamRates: TopicRate[];
  hiddenTopics: number;
  /** Every topic the team answered questions of in the period. */
  topicsAnswered: string[];
}

/**
 * The training record of a team, from its members' answers since each joined. The owner's own
 * line is left out (they did not go through the consent step), but their answers count in the
 * team's rates as in 「チームの様子」. No member's correct rate comes out.
 */
export function trainingRecord(input: {
  team: Team;
  members: readonly Member[];
  rows: readonly ActivityRow[];
  themes: readonly TeamTheme[];
  questions: readonly { id: string; topic: string; examArea?: string | undefined }[];
  now: Date;
}): TrainingRecord {
  const topicOf = new Map(input.questions.map((q) => [q.id, q.topic]));
  const themes = [...input.themes]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((t) => ({ month: t.month, topic: t.topic, ids: themeQuestionIds(input.questions, t.topic) }));
  const members = input.members
    .filter((m) => m.role !== 'owner')
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
    .map((m): RecordMember => {
      const own = input.rows.filter((r) => r.userKey === m.userKey);
      const days = own.map((r) => japanDate(r.at)).sort();
      return {
        displayName: m.displayName,
        role: m.role,
        joinedOn: japanDate(m.joinedAt),
        daysStudied: new Set(days).size,
        answered: own.length,
        lastStudiedOn: days.at(-1),
        themesDone: themes.map((t) => {
          const at = themeCompletedAt(t.ids, own);
          return at ? japanDate(at) : undefined;
        }),
      };
    });
  const view = ownerView({
    members: input.members,
    rows: input.rows,
    topicOf: (id) => topicOf.get(id),
    viewerKey: input.team.ownerKey,
    now: input.now,
  });
  const answeredTopics = new Set(input.rows.map((r) => topicOf.get(r.questionId)).filter(Boolean));
  return {
    teamName: input.team.name,
    from: japanDate(input.team.createdAt),
    to: japanDate(input.now),
    themes: themes.map(({ month, topic }) => ({ month, topic })),
    members,
    teamRates: view.topics,
    hiddenTopics: view.hiddenTopics,
    topicsAnswered: [...answeredTopics].sort() as string[],
  };
}
