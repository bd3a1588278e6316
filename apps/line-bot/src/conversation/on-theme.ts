import { SESSION_LENGTHS } from '@mamoru/quiz';
import { teamRefusal } from '../messages/team.ts';
import { memberTheme, themeChooser, themeIntro, themeSet } from '../messages/team-theme.ts';
import { japanMonth } from '../push-budget/month.ts';
import { remainingThemeQuestions, setTheme, themeQuestionIds } from '../teams/theme.ts';
import { fold } from './fold.ts';
import type { Context, Outcome } from './outcome.ts';
import { askCurrent } from './quiz-flow.ts';
import { inProgress, type UserState } from './state.ts';

/** A topic's title as typed after 「今月のテーマ」 (brackets, colons and spaces do not matter). */
const topicWord = (typed: string) => fold(typed.replace(/^[\s:：は「]+|[\s」]+$/gu, ''));

/**
 * 「今月のテーマ」: the owner sees the choice (and sets it with a topic's title); anyone else in the
 * team sees the theme and how far they are. Only the owner sets it.
 */
export function onTheme(name: string, state: UserState, ctx: Context): Outcome {
  const teams = ctx.teams;
  const mine = teams?.mine;
  if (!teams || !mine) return { state, replies: [teamRefusal('notInTeam')] };
  const month = japanMonth(ctx.now);
  const catalog = ctx.catalog;
  if (name.trim() === '') {
    if (mine.member.role === 'owner')
      return { state, replies: [themeChooser(catalog, month, teams.theme?.topic)] };
    const topic = teams.theme?.topic;
    const ids = topic ? themeQuestionIds(catalog.bank.questions, topic) : [];
    const left = remainingThemeQuestions(ids, teams.answeredSinceJoining ?? []).length;
    return { state, replies: [memberTheme(catalog, month, topic, ids.length - left, ids.length)] };
  }
  const wanted = topicWord(name);
  const topic = catalog.quizTopics.find((t) => fold(t.title) === wanted);
  if (!topic) {
    if (mine.member.role !== 'owner') return { state, replies: [teamRefusal('notOwner')] };
    const lead = 'そのテーマは見つかりませんでした。下から選んでください';
    return { state, replies: [themeChooser(catalog, month, teams.theme?.topic, lead)] };
  }
  const result = setTheme(mine.member, topic.id, month, ctx.now);
  if (!result.ok) return { state, replies: [teamRefusal(result.reason)] };
  const questions = themeQuestionIds(catalog.bank.questions, topic.id).length;
  return {
    state,
    teamWrites: [result.write],
    replies: [themeSet(catalog, month, topic.id, questions)],
  };
}

/**
 * 「クイズ」 or 「続き」 of a team member with a theme this month and questions of it still
 * unanswered: the next of them (easy first), with the theme's lessons. Undefined otherwise (the
 * usual reply), and while another set is under way (that is continued or offered, never dropped).
 */
export function themeFirst(state: UserState, ctx: Context): Outcome | undefined {
  const theme = ctx.teams?.theme;
  if (!theme || !ctx.teams?.mine || inProgress(state)) return undefined;
  const ids = themeQuestionIds(ctx.catalog.bank.questions, theme.topic);
  const left = new Set(remainingThemeQuestions(ids, ctx.teams.answeredSinceJoining ?? []));
  if (left.size === 0) return undefined;
  const questionIds = ctx.catalog.bank.questions
    .filter((q) => left.has(q.id))
    .sort((a, b) => a.difficulty - b.difficulty)
    .slice(0, SESSION_LENGTHS.topic)
    .map((q) => q.id);
  const next: UserState = {
    ...state,
    session: {
      id: ctx.newId(),
      source: { kind: 'topic', topic: theme.topic },
      questionIds,
      answers: [],
      draft: [],
      startedAt: ctx.now.toISOString(),
    },
    sessionLesson: undefined,
    pendingStart: undefined,
  };
  const asked = askCurrent(next, ctx);
  if (!asked) return undefined;
  return {
    state: asked.state,
    replies: [
      themeIntro(ctx.catalog, theme.month, theme.topic, ids.length - left.size, ids.length),
      asked.message,
    ],
  };
}
