import { COMMAND_WORDS } from '../messages/commands.ts';
import { fallbackMessage } from '../messages/menus.ts';
import { runCommand } from './commands.ts';
import { onTeamText, withoutTeamDraft } from './on-team.ts';
import type { Context, Outcome } from './outcome.ts';
import { COMMANDS, type Command } from './postback.ts';
import type { UserState } from './state.ts';

const ALIASES: Record<string, Command> = {
  ...Object.fromEntries(COMMANDS.map((c) => [COMMAND_WORDS[c], c])),
  つづき: 'resume',
  ふくしゅう: 'review',
  せいせき: 'score',
  へるぷ: 'help',
  help: 'help',
  quiz: 'quiz',
  メニュー: 'help',
};

/** Text messages: a command word, or help. The text itself is never stored or logged. */
export function onText(body: string, state: UserState, ctx: Context): Outcome {
  const word = body
    .normalize('NFKC')
    .trim()
    .replace(/[。！!？?\s]+$/u, '')
    .toLowerCase();
  const command = ALIASES[word];
  const team = onTeamText(body, state, ctx, command !== undefined);
  if (team) return team;
  return command
    ? runCommand(command, { ...withoutTeamDraft(state), confirmingDelete: false }, ctx)
    : { state, replies: [fallbackMessage()] };
}
