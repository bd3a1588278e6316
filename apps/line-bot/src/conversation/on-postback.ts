import { menuActions } from '../messages/commands.ts';
import { topicMenu } from '../messages/menus.ts';
import { text } from '../messages/ui.ts';
import { runCommand } from './commands.ts';
import type { Context, Outcome } from './outcome.ts';
import { parsePostback } from './postback.ts';
import { nextQuestion, startQuiz, submitAnswer, submitDraft, toggle } from './quiz-flow.ts';
import type { UserState } from './state.ts';

function confirmDelete(state: UserState, ok: boolean): Outcome {
  if (!state.confirmingDelete) {
    return {
      state,
      replies: [text('削除したいときは「データ削除」と送ってください。', menuActions('delete', 'help'))],
    };
  }
  if (!ok)
    return {
      state: { ...state, confirmingDelete: false },
      replies: [text('消さずにそのままにしました。', menuActions('quiz', 'help'))],
    };
  return {
    deleteUser: true,
    replies: [text('記録をすべて消しました。また使うときは「クイズ」と送ってください。')],
  };
}

/** Postbacks from buttons, quick replies and the rich menu. */
export function onPostback(data: string, state: UserState, ctx: Context): Outcome {
  const postback = parsePostback(data);
  if (!postback)
    return {
      state,
      replies: [text('そのボタンは使えませんでした。もう一度お試しください。', menuActions('quiz', 'help'))],
    };
  switch (postback.a) {
    case 'cmd':
      return runCommand(postback.c, { ...state, confirmingDelete: false }, ctx);
    case 'topics':
      return { state, replies: [topicMenu(ctx.catalog, postback.p)] };
    case 'topic':
      return startQuiz(state, { kind: 'topic', topic: postback.t }, ctx);
    case 'track':
      return startQuiz(state, { kind: 'track', track: postback.t }, ctx);
    case 'ans':
      return submitAnswer(
        state,
        { sessionId: postback.s, questionId: postback.q, choices: [postback.c] },
        ctx,
      );
    case 'tog':
      return toggle(state, { sessionId: postback.s, questionId: postback.q, choice: postback.c }, ctx);
    case 'sub':
      return submitDraft(state, { sessionId: postback.s, questionId: postback.q }, ctx);
    case 'next':
      return nextQuestion(state, postback.s, ctx);
    case 'del':
      return confirmDelete(state, postback.ok === '1');
    case 'daily': {
      const on = postback.on === '1';
      const reply = on
        ? '毎日1問をお送りします。やめるときは「毎日」と送ってください。'
        : '毎日1問は送りません。';
      return { state: { ...state, daily: on }, replies: [text(reply, menuActions('quiz', 'help'))] };
    }
    default:
      return postback satisfies never;
  }
}
