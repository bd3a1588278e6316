import type { messagingApi } from '@line/bot-sdk';
import type { Command } from '../conversation/postback.ts';
import { COMMAND_WORDS } from '../messages/commands.ts';
import { postbackAction } from '../messages/ui.ts';

/** LINE's large compact size: 2500 x 843 (ratio 2.97, within 800-2500 wide and >= 1.45). */
export const MENU_SIZE = { width: 2500, height: 843 } as const;
const COLUMNS = 3;
const ROWS = 2;

/** The six cells, left to right, top to bottom, with a short line under each word. */
export const MENU_ITEMS: readonly { command: Command; note: string }[] = [
  { command: 'quiz', note: 'テーマを選んで解く' },
  { command: 'resume', note: '途中から再開' },
  { command: 'review', note: '間違えた問題' },
  { command: 'score', note: 'テーマごとの成績' },
  { command: 'lessons', note: '学習サイト' },
  { command: 'help', note: '使い方' },
];

/** Pixel rectangle of cell `index`; the last column and row take the rounding remainder. */
export function cellBounds(index: number) {
  const column = index % COLUMNS;
  const row = Math.floor(index / COLUMNS);
  const width = Math.floor(MENU_SIZE.width / COLUMNS);
  const height = Math.floor(MENU_SIZE.height / ROWS);
  return {
    x: column * width,
    y: row * height,
    width: column === COLUMNS - 1 ? MENU_SIZE.width - column * width : width,
    height: row === ROWS - 1 ? MENU_SIZE.height - row * height : height,
  };
}

/** The rich-menu request: one postback area per cell, the same commands as typing the word. */
export function richMenuRequest(): messagingApi.RichMenuRequest {
  return {
    size: MENU_SIZE,
    selected: true,
    name: 'mamoru-main',
    chatBarText: 'メニュー',
    areas: MENU_ITEMS.map((item, index) => ({
      bounds: cellBounds(index),
      action: postbackAction(
        COMMAND_WORDS[item.command],
        { a: 'cmd', c: item.command },
        COMMAND_WORDS[item.command],
      ),
    })),
  };
}
