import { topicMenu } from '../messages/menus.ts';
import { text } from '../messages/ui.ts';
import type { Context, Outcome } from './outcome.ts';
import { hasRecords, inProgress, newUserState, type UserState } from './state.ts';

export const WELCOME =
  'まもるへようこそ。会社の情報を守るコツを、1問1分のクイズで身につけるボットです。\n' +
  '保存するのは、LINEの利用者IDと回答、復習の予定、「毎日」の設定だけです（「データ削除」でいつでも消せます）。\n' +
  'ブロックしても記録はしばらく残ります。すぐに消したいときは、先に「データ削除」と送ってください。';

/** follow: a welcome, or a welcome back that keeps progress (unless it was deleted). */
export function onFollow(
  userKey: string,
  unblocked: boolean,
  state: UserState | undefined,
  ctx: Context,
): Outcome {
  if (unblocked && state) {
    const back = { ...state, unfollowedAt: undefined };
    // Only records that exist are promised (after データ削除 there are none).
    const kept = hasRecords(state)
      ? 'おかえりなさい。これまでの成績と復習の予定は残っています。'
      : 'おかえりなさい。';
    const next = inProgress(state)
      ? '続きは「続き」、新しく始めるならテーマを選んでください。'
      : 'テーマを選んでください。';
    return { state: back, replies: [text(kept), topicMenu(ctx.catalog, 0, next)] };
  }
  const fresh = state ? { ...state, unfollowedAt: undefined } : newUserState(userKey, ctx.now);
  return {
    state: fresh,
    replies: [
      text(`${WELCOME}\n個人情報の取り扱い: ${ctx.catalog.privacyUrl}`),
      topicMenu(ctx.catalog, 0, 'まずはテーマを選んでみましょう。'),
    ],
  };
}
