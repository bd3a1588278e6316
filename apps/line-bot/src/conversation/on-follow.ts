import { topicMenu } from '../messages/menus.ts';
import { text } from '../messages/ui.ts';
import type { Context, Outcome } from './outcome.ts';
import { newUserState, type UserState } from './state.ts';

export const WELCOME =
  'まもるへようこそ。会社の情報を守るコツを、1問1分のクイズで身につけるボットです。\n' +
  '保存するのは、LINEの利用者IDと回答と復習の予定だけです（「データ削除」でいつでも消せます）。';

/** follow: a welcome, or a welcome back that keeps progress (unless it was deleted). */
export function onFollow(
  userKey: string,
  unblocked: boolean,
  state: UserState | undefined,
  ctx: Context,
): Outcome {
  if (unblocked && state) {
    const back = { ...state, unfollowedAt: undefined };
    return {
      state: back,
      replies: [
        text('おかえりなさい。これまでの成績と復習の予定は残っています。'),
        topicMenu(ctx.catalog, 0, '続きは「続き」、新しく始めるならテーマを選んでください。'),
      ],
    };
  }
  const fresh = state ? { ...state, unfollowedAt: undefined } : newUserState(userKey, ctx.now);
  return {
    state: fresh,
    replies: [text(WELCOME), topicMenu(ctx.catalog, 0, 'まずはテーマを選んでみましょう。')],
  };
}
