import type { ActivityRow, Member } from './model.ts';

/**
 * 今月のテーマ: the owner picks one topic for a month (Japan time). A member has completed it when
 * they answered every question of the topic at least once since joining the team.
 */
export interface TeamTheme {
  teamId: string;
  /** YYYY-MM, Japan time. */
  month: string;
  topic: string;
  setAt: string;
}

/** The questions a theme asks: the topic's everyday questions (exam-only questions left out). */
export function themeQuestionIds(
  questions: readonly { id: string; topic: string; examArea?: string | undefined }[],
  topic: string,
): string[] {
  return questions.filter((q) => q.topic === topic && q.examArea === undefined).map((q) => q.id);
}

/** The theme's questions not yet answered, in the bank's order. */
export function remainingThemeQuestions(themeIds: readonly string[], answered: Iterable<string>): string[] {
  const seen = new Set(answered);
  return themeIds.filter((id) => !seen.has(id));
}

/**
 * When a member completed the theme: the moment their last missing question was first answered
 * (undefined while any is missing). Rows must be the member's answers since joining.
 */
export function themeCompletedAt(
  themeIds: readonly string[],
  rows: readonly Pick<ActivityRow, 'questionId' | 'at'>[],
): string | undefined {
  if (themeIds.length === 0) return undefined;
  const first = new Map<string, string>();
  for (const row of rows) {
    const known = first.get(row.questionId);
    if (known === undefined || row.at < known) first.set(row.questionId, row.at);
  }
  let last = '';
  for (const id of themeIds) {
    const at = first.get(id);
    if (at === undefined) return undefined;
    if (at > last) last = at;
  }
  return last;
}

/** Only the owner sets the month's theme, for their own team. */
export function setTheme(
  actor: Member | undefined,
  topic: string,
  month: string,
  now: Date,
):
  | { ok: true; write: { kind: 'setTheme'; teamId: string; month: string; topic: string; at: string } }
  | { ok: false; reason: 'notInTeam' | 'notOwner' } {
  if (!actor) return { ok: false, reason: 'notInTeam' };
  if (actor.role !== 'owner') return { ok: false, reason: 'notOwner' };
  return {
    ok: true,
    write: { kind: 'setTheme', teamId: actor.teamId, month, topic, at: now.toISOString() },
  };
}
