import { countDue, nextDueAt } from '@mamoru/quiz';
import { menuActions } from '../messages/commands.ts';
import { helpMessage, lessonsMessage, quizMenu } from '../messages/menus.ts';
import { scoreMessage } from '../messages/score.ts';
import { postbackAction, text } from '../messages/ui.ts';
import type { Context, Outcome } from './outcome.ts';
import type { Command } from './postback.ts';
import { resume, startQuiz } from './quiz-flow.ts';
import type { UserState } from './state.ts';

const dateFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  month: 'long',
  day: 'numeric',
});

function review(state: UserState, ctx: Context): Outcome {
  const due = countDue(ctx.catalog.bank, state.deck, ctx.now);
  if (due === 0) {
    const next = nextDueAt(state.deck);
    const when = next
      ? `次の復習は ${dateFormat.format(new Date(next))} からです。`
      : 'クイズで答えた問題が、時間をおいてここに出てきます。';
    return { state, replies: [text(`いま復習する問題はありません。${when}`, menuActions('quiz', 'score'))] };
  }
  return startQuiz(
    state,
    { kind: 'review' },
    ctx,
    `復習する問題が ${due}問 あります。${due > 10 ? 'まず10問やりましょう。' : ''}`,
  );
}

function askDelete(state: UserState): Outcome {
  return {
    state: { ...state, confirmingDelete: true },
    replies: [
      text('このトークの成績・復習の予定・設定をすべて消します。元には戻せません。消しますか。', [
        postbackAction('はい、消します', { a: 'del', ok: '1' }, 'はい、消します'),
        postbackAction('やめる', { a: 'del', ok: '0' }, 'やめる'),
      ]),
    ],
  };
}

function dailyMenu(state: UserState): Outcome {
  const now = state.daily
    ? 'いまは「毎日1問」を受け取る設定です。'
    : 'いまは「毎日1問」を受け取らない設定です。';
  return {
    state,
    replies: [
      text(`${now}\n受け取る場合は、毎日お昼ごろに1問だけ送ります（夜は送りません）。`, [
        postbackAction('毎日1問を受け取る', { a: 'daily', on: '1' }, '毎日1問を受け取る'),
        postbackAction('受け取らない', { a: 'daily', on: '0' }, '受け取らない'),
      ]),
    ],
  };
}

/** Runs a command from text, rich menu or quick reply. */
export function runCommand(command: Command, state: UserState, ctx: Context): Outcome {
  switch (command) {
    case 'quiz':
      return { state, replies: [quizMenu()] };
    case 'resume':
      return resume(state, ctx);
    case 'review':
      return review(state, ctx);
    case 'exam':
      return startQuiz(state, { kind: 'exam' }, ctx);
    case 'score':
      return {
        state,
        replies: [scoreMessage(ctx.catalog, state, countDue(ctx.catalog.bank, state.deck, ctx.now))],
      };
    case 'lessons':
      return {
        state,
        replies: [
          lessonsMessage(ctx.catalog, ctx.catalog.bank.tracks.owner[0], ctx.catalog.bank.tracks.staff[0]),
        ],
      };
    case 'help':
      return { state, replies: [helpMessage()] };
    case 'delete':
      return askDelete(state);
    case 'daily':
      return dailyMenu(state);
    default:
      return command satisfies never;
  }
}
