import type { webhook } from '@line/bot-sdk';
import { findQuestion, reviewAfterAnswer } from '@mamoru/quiz';
import { messageEventShape, postbackEventShape } from '../conversation/event-shape.ts';
import type { Context, Outcome } from '../conversation/outcome.ts';
import { parsePostback } from '../conversation/postback.ts';
import { newUserState, type UserState } from '../conversation/state.ts';
import type { Message } from '../messages/ui.ts';
import { joinCodeOf } from './codes.ts';
import { liveQuestionMessage, liveResultMessage, liveText, verdictText } from './messages.ts';
import { isLivePostback, parseLivePostback } from './postback.ts';
import type { LiveMembership } from './types.ts';

const wordOf = (body: string) =>
  body
    .normalize('NFKC')
    .trim()
    .replace(/[。！!？?\s]+$/u, '');

const NO_REVIEW_WORD = '復習に入れない';

const JOIN_NOTE =
  'このセミナーで答えた問題は、あとで「復習」にも出てきます（まちがえた問題ほど早く）。' +
  `入れたくないときは「${NO_REVIEW_WORD}」と送ってください。`;

/** An open question the participant can answer now. */
function openQuestionOf(mine: LiveMembership | undefined) {
  return mine?.session.status === 'active' ? mine.session.openQuestion : undefined;
}

function questionCard(mine: LiveMembership, ctx: Context): Message | undefined {
  const open = openQuestionOf(mine);
  const question = open ? findQuestion(ctx.catalog.bank, open) : undefined;
  return question ? liveQuestionMessage(mine.session.id, question, mine.answers[question.id]) : undefined;
}

/** The verdict on the last revealed question they answered, if any. */
function lastVerdict(mine: LiveMembership, ctx: Context): string | undefined {
  for (const id of [...mine.session.closed].reverse()) {
    const choice = mine.answers[id];
    const question = findQuestion(ctx.catalog.bank, id);
    if (question && choice !== undefined) return `前の問題: ${verdictText(question, choice)}`;
  }
  return undefined;
}

function join(code: string, state: UserState, ctx: Context): Outcome {
  const session = ctx.live?.byCode;
  if (!session)
    return {
      replies: [
        liveText(
          `参加コード ${code} のセミナーは見つかりませんでした。スライドに出ている数字を確かめて、「参加 1234」のように送ってください。` +
            '終わったセミナーのコードは使えません。',
        ),
      ],
    };
  const rejoin = ctx.live?.mine?.session.id === session.id;
  const mine: LiveMembership = rejoin
    ? (ctx.live?.mine as LiveMembership)
    : { session, answers: {}, noReview: false };
  const card = questionCard(mine, ctx);
  const first = `${rejoin ? 'すでに参加しています' : 'セミナーに参加しました'}（コード ${code}）。`;
  const next = card ? '下の問題に答えてください。' : '問題が始まったら「次の問題」を押してください。';
  return {
    state,
    live: [{ kind: 'join', sessionId: session.id }],
    replies: [
      liveText(`${first}${next}\n\n${JOIN_NOTE}\n個人情報の取り扱い: ${ctx.catalog.privacyUrl}`),
      ...(card ? [card] : []),
    ],
  };
}

function notJoined(): Outcome {
  return {
    replies: [
      liveText(
        'いま参加しているセミナーはありません。スライドの QR コードを読むか、「参加 1234」のように参加コードを送ってください。',
      ),
    ],
  };
}

function next(ctx: Context): Outcome {
  const mine = ctx.live?.mine;
  if (!mine) return notJoined();
  if (mine.session.status !== 'active') return notJoined();
  const card = questionCard(mine, ctx);
  const verdict = lastVerdict(mine, ctx);
  const open = openQuestionOf(mine);
  const replies: Message[] = [];
  if (verdict) replies.push(liveText(verdict));
  if (card) replies.push(card);
  else if (!open)
    replies.push(
      liveText(
        'いまは受け付けている問題がありません。次の問題が始まったら、もう一度「次の問題」を押してください。',
      ),
    );
  return { replies };
}

function answer(data: { s: string; q: string; c: number }, state: UserState, ctx: Context): Outcome {
  const mine = ctx.live?.mine;
  if (!mine || mine.session.id !== data.s)
    return {
      replies: [
        liveText(
          'このボタンは、いま参加しているセミナーのものではありません。「参加 1234」のように参加コードを送ってください。',
        ),
      ],
    };
  const question = findQuestion(ctx.catalog.bank, data.q);
  if (!question || data.c >= question.choices.length)
    return { replies: [liveText('その答えは受け付けられませんでした。もう一度ボタンから選んでください。')] };
  const previous = mine.answers[question.id];
  if (openQuestionOf(mine) !== question.id) {
    const revealed = mine.session.closed.includes(question.id);
    const body =
      revealed && previous !== undefined
        ? `この問題は締め切られました。答えは変えられません。\n${verdictText(question, previous)}`
        : revealed
          ? 'この問題は締め切られました。次の問題をお待ちください。'
          : 'この問題はいま受け付けていません。';
    return { replies: [liveText(body)] };
  }
  if (previous === data.c)
    return { replies: [liveText('その答えで、もう受け付けています。答えは1人1回だけ数えます。')] };
  const deck = mine.noReview
    ? state.deck
    : reviewAfterAnswer(state.deck, question.id, question.answer.includes(data.c), ctx.now);
  const body =
    previous === undefined
      ? '答えを受け付けました。'
      : '答えを選び直しました（数えるのは最後の答えだけです）。';
  return {
    state: { ...state, deck },
    live: [{ kind: 'answer', sessionId: mine.session.id, questionId: question.id, choice: data.c }],
    replies: [
      liveText(`${body}正解かどうかは、講師が答えを見せたあと「次の問題」か「結果」でお知らせします。`),
    ],
  };
}

function results(ctx: Context): Outcome {
  const mine = ctx.live?.mine;
  if (!mine) return notJoined();
  const graded = mine.session.closed.flatMap((id) => {
    const question = findQuestion(ctx.catalog.bank, id);
    return question ? [{ question, choice: mine.answers[id] }] : [];
  });
  return { replies: [liveResultMessage(ctx.catalog, graded)] };
}

function noReview(state: UserState, ctx: Context): Outcome {
  const mine = ctx.live?.mine;
  if (!mine) return notJoined();
  const deck = Object.fromEntries(Object.entries(state.deck).filter(([id]) => !(id in mine.answers)));
  return {
    state: { ...state, deck },
    live: [{ kind: 'no-review', sessionId: mine.session.id }],
    replies: [liveText('このセミナーの問題は、復習に入れないようにしました。')],
  };
}

/** The quiz button (rich menu or words) serves the open live question first. */
function quizButton(ctx: Context): Outcome | undefined {
  const mine = ctx.live?.mine;
  const open = openQuestionOf(mine);
  if (!mine || !open || open in mine.answers) return undefined;
  const card = questionCard(mine, ctx);
  return card ? { replies: [liveText('セミナーの問題が出ています。'), card] } : undefined;
}

/**
 * Live-seminar words and buttons; undefined leaves the event to the usual conversation. Pure like
 * the rest: the live rows it needs are in ctx.live, the rows it writes go out in Outcome.live.
 */
export function handleLive(
  event: webhook.Event,
  userKey: string,
  stored: UserState | undefined,
  ctx: Context,
): Outcome | undefined {
  const state = stored ?? newUserState(userKey, ctx.now);
  if (event.type === 'message') {
    const parsed = messageEventShape.safeParse(event);
    const body = parsed.success && parsed.data.message.type === 'text' ? parsed.data.message.text : undefined;
    if (typeof body !== 'string') return undefined;
    const code = joinCodeOf(body);
    if (code) return join(code, state, ctx);
    const word = wordOf(body);
    if (word === '次の問題') return next(ctx);
    if (word === '結果' && ctx.live?.mine) return results(ctx);
    if (word === NO_REVIEW_WORD) return noReview(state, ctx);
    if (word === 'クイズ') return quizButton(ctx);
    return undefined;
  }
  if (event.type === 'postback') {
    const parsed = postbackEventShape.safeParse(event);
    if (!parsed.success) return undefined;
    const data = parsed.data.postback.data;
    const plain = parsePostback(data);
    if (plain?.a === 'cmd' && plain.c === 'quiz') return quizButton(ctx);
    if (!isLivePostback(data)) return undefined;
    const postback = parseLivePostback(data);
    if (!postback) return { replies: [liveText('そのボタンは使えませんでした。')] };
    switch (postback.lv) {
      case 'ans':
        return answer(postback, state, ctx);
      case 'next':
        return next(ctx);
      case 'result':
        return results(ctx);
      default:
        return postback satisfies never;
    }
  }
  return undefined;
}
