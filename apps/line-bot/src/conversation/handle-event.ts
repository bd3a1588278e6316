import type { webhook } from '@line/bot-sdk';
import { handleLive } from '../live/conversation.ts';
import { menuActions } from '../messages/commands.ts';
import { firstStepsMessage } from '../messages/help-reply.ts';
import { text } from '../messages/ui.ts';
import { followEventShape, messageEventShape, postbackEventShape } from './event-shape.ts';
import { onFollow } from './on-follow.ts';
import { onPostback } from './on-postback.ts';
import { onText } from './on-text.ts';
import type { Context, Outcome } from './outcome.ts';
import { nextSteps } from './quiz-flow.ts';
import { newUserState, type UserState } from './state.ts';

const NOTHING: Outcome = { replies: [] };

/** A double tap sends the same postback twice within a moment: the second is ignored silently. */
const DOUBLE_TAP_MS = 2000;

const IMAGE_INTRO =
  '画像ありがとうございます。画像の中身は読めません。あやしいメールや画面の写真でしたら、まずこの順に進めてください。';

function onMessage(event: webhook.MessageEvent, state: UserState, ctx: Context): Outcome {
  const parsed = messageEventShape.safeParse(event);
  if (!parsed.success) return NOTHING; // a damaged event: nothing to answer
  const { message } = parsed.data;
  if (message.type === 'text' && typeof message.text === 'string') return onText(message.text, state, ctx);
  // A screenshot is what people send when something looks wrong: the same hint as a suspicious text.
  if (message.type === 'image') {
    return { state, replies: [firstStepsMessage(ctx.catalog, IMAGE_INTRO, nextSteps(state))] };
  }
  const thanks =
    message.type === 'sticker'
      ? 'スタンプありがとうございます。'
      : 'ありがとうございます。文字とボタンでお話しします。';
  return {
    state,
    replies: [
      text(`${thanks}クイズは「クイズ」と送るか、下のボタンからどうぞ。`, menuActions(...nextSteps(state))),
    ],
  };
}

/** A postback, unless it repeats the user's last one (same data) within DOUBLE_TAP_MS. */
function onPostbackEvent(
  data: string,
  at: number,
  state: UserState | undefined,
  fresh: UserState,
  ctx: Context,
): Outcome {
  const last = state?.lastPostback;
  if (last && last.data === data && at >= last.at && at - last.at < DOUBLE_TAP_MS) return NOTHING;
  const outcome = onPostback(data, state ?? fresh, ctx);
  if (!outcome.state || outcome.deleteUser) return outcome;
  return { ...outcome, state: { ...outcome.state, lastPostback: { data, at } } };
}

/**
 * One webhook event -> the new state and the replies. Pure: the caller loads and saves the state
 * and sends the replies. `userKey` is the user (also inside groups), or the chat when LINE gives no user.
 */
export function handleEvent(
  event: webhook.Event,
  userKey: string,
  state: UserState | undefined,
  ctx: Context,
): Outcome {
  if (event.mode === 'standby') return NOTHING;
  // Live seminars (src/live/) claim their words and buttons first.
  const live = handleLive(event, userKey, state, ctx);
  if (live) return live;
  const current = () => state ?? newUserState(userKey, ctx.now);
  switch (event.type) {
    case 'follow': {
      const parsed = followEventShape.safeParse(event);
      return parsed.success
        ? onFollow(userKey, parsed.data.follow?.isUnblocked ?? false, state, ctx)
        : NOTHING;
    }
    case 'unfollow':
      return state
        ? { state: { ...state, unfollowedAt: ctx.now.toISOString(), daily: false }, replies: [] }
        : NOTHING;
    case 'message':
      return onMessage(event, current(), ctx);
    case 'postback': {
      const parsed = postbackEventShape.safeParse(event);
      return parsed.success
        ? onPostbackEvent(parsed.data.postback.data, event.timestamp, state, current(), ctx)
        : NOTHING;
    }
    case 'join':
      return {
        replies: [
          text(
            'まもるです。グループでも、ひとりずつクイズに答えられます。「クイズ」と送ってください。',
            menuActions('quiz', 'help'),
          ),
        ],
      };
    case 'leave':
    case 'memberJoined':
    case 'memberLeft':
    case 'messageEdited':
    case 'unsend':
    case 'videoPlayComplete':
    case 'beacon':
    case 'accountLink':
    case 'membership':
    case 'activated':
    case 'deactivated':
    case 'botSuspended':
    case 'botResumed':
    case 'delivery':
    case 'module':
      return NOTHING;
    default:
      // Every type LINE documents is listed above; a damaged or future type is ignored.
      event satisfies never;
      return NOTHING;
  }
}
