import { firstStepsMessage, greetingMessage, lessonMatchMessage } from '../messages/help-reply.ts';
import { fallbackMessage, lessonSetMenu, quizMenu, topicMenu } from '../messages/menus.ts';
import { confirmDelete, runCommand, setDaily } from './commands.ts';
import { findLessons } from './find-lessons.ts';
import { clean, fold } from './fold.ts';
import { onTeamText, withoutTeamDraft } from './on-team.ts';
import type { Context, Outcome } from './outcome.ts';
import { beginSet, nextSteps, startPending } from './quiz-flow.ts';
import { shortTitle } from './sets.ts';
import type { SetRequest, UserState } from './state.ts';
import { typedAnswer } from './typed-answer.ts';
import { asksForQuiz, commandOf, greetingOf, hasLink, isEmergency } from './words.ts';

const TRACK_WORDS: Record<string, SetRequest> = {
  [fold('経営者コース')]: { kind: 'track', track: 'owner' },
  [fold('従業員コース')]: { kind: 'track', track: 'staff' },
};
const DAILY_WORDS: Record<string, boolean> = {
  [fold('毎日1問を受け取る')]: true,
  [fold('受け取る')]: true,
  [fold('受け取らない')]: false,
};
const YES = new Set(['はい、消します', 'はい消します', 'はい', '消します'].map(fold));
const NO = new Set(['やめる', 'いいえ', '消さない'].map(fold));

const EMERGENCY_INTRO = 'ご連絡ありがとうございます。もしものときは、まずこの順に進めてください。';

/**
 * Text messages, in this order: a command (in any of its everyday forms), a reply the bot asked
 * for, a typed answer, an incident (first steps of 困ったときは), a greeting, a topic or lesson
 * (its lessons and quizzes), else a fallback. The text itself is never stored or logged.
 */
export function onText(body: string, given: UserState, ctx: Context): Outcome {
  const said = clean(body);
  const folded = fold(said);
  if (given.confirmingDelete && (YES.has(folded) || NO.has(folded))) {
    return confirmDelete(given, YES.has(folded));
  }
  // Anything else ends the 「消しますか」 question: a later 「はい」 must not delete.
  const state = given.confirmingDelete ? { ...given, confirmingDelete: false } : given;
  const command = commandOf(folded);
  // A team step under way (a team name, a display name, consent) takes the text first.
  const team = onTeamText(body, state, ctx, command !== undefined);
  if (team) return team;
  if (command) return runCommand(command, withoutTeamDraft(state), ctx);
  if (folded === fold('新しく始める')) return startPending(state, ctx);
  const daily = DAILY_WORDS[folded];
  if (daily !== undefined) return setDaily(state, daily);
  if (folded === fold('テーマを選ぶ') || folded === fold('テーマ')) {
    return { state, replies: [topicMenu(ctx.catalog)] };
  }
  const track = TRACK_WORDS[folded];
  if (track) return beginSet(state, track, ctx);
  const typed = typedAnswer(said, state, ctx);
  if (typed) return typed;

  const wantsQuiz = asksForQuiz(folded);
  const topic = ctx.catalog.quizTopics.find(
    (t) => folded === fold(t.title) || (wantsQuiz && folded.includes(fold(t.title))),
  );
  if (topic) {
    const lessons = ctx.catalog.lessonSets.get(topic.id) ?? [];
    return wantsQuiz || lessons.length <= 1
      ? beginSet(state, { kind: 'topic', topic: topic.id }, ctx)
      : { state, replies: [lessonSetMenu(ctx.catalog, topic.id, lessons)] };
  }
  const allLessons = [...ctx.catalog.lessonSets.values()].flat();
  const exact = allLessons.find((l) => folded === fold(shortTitle(l.title)) || folded === fold(l.title));
  if (exact) return beginSet(state, { kind: 'lesson', lesson: exact.id }, ctx);

  const lessons = findLessons(ctx.catalog, said);
  if (wantsQuiz && lessons[0] && !hasLink(said))
    return beginSet(state, { kind: 'lesson', lesson: lessons[0].id }, ctx);
  if (isEmergency(said)) {
    return { state, replies: [firstStepsMessage(ctx.catalog, EMERGENCY_INTRO, nextSteps(state))] };
  }
  const greeting = greetingOf(folded);
  if (greeting) return { state, replies: [greetingMessage(greeting, nextSteps(state))] };
  if (lessons.length > 0) return { state, replies: [lessonMatchMessage(ctx.catalog, lessons)] };
  if (wantsQuiz) return { state, replies: [quizMenu()] };
  return { state, replies: [fallbackMessage(nextSteps(state))] };
}
