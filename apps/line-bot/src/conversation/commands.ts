import { countDue, nextDueAt } from '@mamoru/quiz';
import { menuActions } from '../messages/commands.ts';
import { helpMessage, lessonsMessage, quizMenu } from '../messages/menus.ts';
import { scoreMessage } from '../messages/score.ts';
import { japanDay } from '../messages/summary.ts';
import { postbackAction, text } from '../messages/ui.ts';
import { themeFirst } from './on-theme.ts';
import type { Context, Outcome } from './outcome.ts';
import type { Command } from './postback.ts';
import { beginSet, nextSteps, resume } from './quiz-flow.ts';
import { hasRecords, inProgress, type UserState } from './state.ts';

function review(state: UserState, ctx: Context): Outcome {
  const due = countDue(ctx.catalog.bank, state.deck, ctx.now);
  if (due === 0) {
    const next = nextDueAt(state.deck);
    const when = next
      ? `次の復習は ${japanDay(next)} からです。`
      : 'クイズで答えた問題が、時間をおいてここに出てきます。';
    return { state, replies: [text(`いま復習する問題はありません。${when}`, menuActions('quiz', 'score'))] };
  }
  return beginSet(
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
      text(
        'このトークの成績・復習の予定・設定をすべて消します。元には戻せません。消しますか。\n' +
          '消すときは「はい、消します」、やめるときは「やめる」と送ってください。',
        [
          postbackAction('はい、消します', { a: 'del', ok: '1' }, 'はい、消します'),
          postbackAction('やめる', { a: 'del', ok: '0' }, 'やめる'),
        ],
      ),
    ],
  };
}

/** The answer to 「消しますか」; a second 「はい、消します」 (after the data is gone) says so. */
export function confirmDelete(state: UserState, ok: boolean): Outcome {
  if (!state.confirmingDelete) {
    if (ok && !hasRecords(state)) {
      // Nothing is saved for this answer: a deleted user stays deleted.
      return { replies: [text('記録はもう消してあります。また使うときは「クイズ」と送ってください。')] };
    }
    return {
      state,
      replies: [text('削除したいときは「データ削除」と送ってください。', menuActions('delete', 'help'))],
    };
  }
  if (!ok)
    return {
      state: { ...state, confirmingDelete: false },
      replies: [text('消さずにそのままにしました。', menuActions(...nextSteps(state)))],
    };
  return {
    deleteUser: true,
    replies: [text('記録をすべて消しました。また使うときは「クイズ」と送ってください。')],
  };
}

function dailyMenu(state: UserState): Outcome {
  const now = state.daily
    ? 'いまは「毎日1問」を受け取る設定です。'
    : 'いまは「毎日1問」を受け取らない設定です。';
  return {
    state,
    replies: [
      text(
        `${now}\n受け取る場合は、毎日お昼ごろに1問だけ送ります（夜は送りません）。\n` +
          '「毎日1問を受け取る」か「受け取らない」と送ってください。',
        [
          postbackAction('毎日1問を受け取る', { a: 'daily', on: '1' }, '毎日1問を受け取る'),
          postbackAction('受け取らない', { a: 'daily', on: '0' }, '受け取らない'),
        ],
      ),
    ],
  };
}

/** 「毎日1問を受け取る」 / 「受け取らない」 (button or typed). */
export function setDaily(state: UserState, on: boolean): Outcome {
  const reply = on
    ? '毎日1問をお送りします。やめるときは「毎日」と送ってください。'
    : '毎日1問は送りません。';
  return { state: { ...state, daily: on }, replies: [text(reply, menuActions(...nextSteps(state)))] };
}

/** Runs a command from text, rich menu or quick reply. */
export function runCommand(command: Command, state: UserState, ctx: Context): Outcome {
  switch (command) {
    case 'quiz':
      return themeFirst(state, ctx) ?? { state, replies: [quizMenu()] };
    case 'resume':
      return themeFirst(state, ctx) ?? resume(state, ctx);
    case 'review':
      return review(state, ctx);
    case 'exam':
      return beginSet(state, { kind: 'exam' }, ctx);
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
      return { state, replies: [helpMessage(inProgress(state), ctx.catalog.privacyUrl)] };
    case 'delete':
      return askDelete(state);
    case 'daily':
      return dailyMenu(state);
    default:
      return command satisfies never;
  }
}
