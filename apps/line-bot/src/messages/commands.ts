import type { messagingApi } from '@line/bot-sdk';
import type { Command } from '../conversation/postback.ts';
import { postbackAction } from './ui.ts';

type Action = messagingApi.Action;

/** Japanese name of each command: what users type and what the buttons say. */
export const COMMAND_WORDS: Record<Command, string> = {
  quiz: 'クイズ',
  resume: '続き',
  review: '復習',
  exam: '試験対策',
  score: '成績',
  lessons: '教材',
  help: 'ヘルプ',
  delete: 'データ削除',
  daily: '毎日',
};

/** A quick-reply button that runs a command and shows its word as the user's message. */
export function commandAction(command: Command): Action {
  return postbackAction(COMMAND_WORDS[command], { a: 'cmd', c: command }, COMMAND_WORDS[command]);
}

/** The usual follow-ups offered under most messages. */
export function menuActions(...commands: Command[]): Action[] {
  return commands.map(commandAction);
}
