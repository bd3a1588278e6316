import { menuActions } from '../messages/commands.ts';
import { lessonSetMenu, topicMenu } from '../messages/menus.ts';
import { text } from '../messages/ui.ts';
import { confirmDelete, runCommand, setDaily } from './commands.ts';
import type { Context, Outcome } from './outcome.ts';
import { parsePostback } from './postback.ts';
import {
  beginSet,
  nextQuestion,
  nextSteps,
  setChoice,
  startPending,
  submitAnswer,
  submitSelection,
} from './quiz-flow.ts';
import type { UserState } from './state.ts';

/** Postbacks from buttons, quick replies and the rich menu. */
export function onPostback(data: string, state: UserState, ctx: Context): Outcome {
  const postback = parsePostback(data);
  if (!postback)
    return {
      state,
      replies: [
        text('そのボタンは使えませんでした。もう一度お試しください。', menuActions(...nextSteps(state))),
      ],
    };
  switch (postback.a) {
    case 'cmd':
      return runCommand(postback.c, { ...state, confirmingDelete: false }, ctx);
    case 'topics':
      return { state, replies: [topicMenu(ctx.catalog, postback.p)] };
    case 'topic': {
      const lessons = ctx.catalog.lessonSets.get(postback.t) ?? [];
      return lessons.length > 1
        ? { state, replies: [lessonSetMenu(ctx.catalog, postback.t, lessons)] }
        : beginSet(state, { kind: 'topic', topic: postback.t }, ctx);
    }
    case 'all':
      return beginSet(state, { kind: 'topic', topic: postback.t }, ctx);
    case 'les':
      return ctx.catalog.lessons.has(postback.l)
        ? beginSet(state, { kind: 'lesson', lesson: postback.l }, ctx)
        : {
            state,
            replies: [
              topicMenu(ctx.catalog, 0, 'そのレッスンの問題は見つかりませんでした。テーマを選んでください。'),
            ],
          };
    case 'track':
      return beginSet(state, { kind: 'track', track: postback.t }, ctx);
    case 'new':
      return startPending(state, ctx);
    case 'ans':
      return submitAnswer(
        state,
        { sessionId: postback.s, questionId: postback.q, choices: [postback.c] },
        ctx,
      );
    case 'tog':
      return setChoice(
        state,
        { sessionId: postback.s, questionId: postback.q, choice: postback.c, on: postback.on === '1' },
        ctx,
      );
    case 'sub':
      return submitSelection(
        state,
        { sessionId: postback.s, questionId: postback.q, choices: postback.c },
        ctx,
      );
    case 'next':
      return nextQuestion(state, postback.s, ctx);
    case 'del':
      return confirmDelete(state, postback.ok === '1');
    case 'daily':
      return setDaily(state, postback.on === '1');
    default:
      return postback satisfies never;
  }
}
