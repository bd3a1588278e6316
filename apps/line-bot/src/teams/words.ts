import { japanMonth } from '../push-budget/month.ts';
import { normalizeCode } from './code.ts';
import type { TeamDraft } from './model.ts';

/** The words a person sends for team steps (also sent by the buttons of the team messages). */
export const TEAM_WORDS = {
  create: 'チームを作る',
  join: 'チーム参加',
  consent: '同意して参加',
  decline: '参加しない',
  leave: 'チームを抜ける',
  view: 'チームの様子',
  renew: '招待コードを変える',
  invite: '招待メッセージ',
  /** Followed by a member's display name (owner only). */
  remove: 'メンバーを外す',
  coowner: '共同管理者にする',
  /** Alone: what this month's theme is; followed by a topic's title: the owner sets it. */
  theme: '今月のテーマ',
  /** The owner gets a 15-minute link to the printable training record. */
  record: '受講記録',
} as const;

/** Words followed by an argument: a code, or a member's display name. */
const WITH_ARGUMENT = ['join', 'remove', 'coowner', 'theme'] as const;

export type TeamCommand =
  | { kind: 'create' | 'consent' | 'decline' | 'leave' | 'view' | 'renew' | 'invite' | 'record' }
  /** `code` is undefined when what followed 「チーム参加」 cannot be a code. */
  | { kind: 'join'; code: string | undefined }
  /** `name` is the display name as typed after the word (owner only). */
  | { kind: 'remove' | 'coowner'; name: string }
  /** `name` is the topic's title as typed, or '' to ask what the theme is. */
  | { kind: 'theme'; name: string };

const FIXED = new Map<string, TeamCommand['kind']>(
  Object.entries(TEAM_WORDS)
    .filter(([kind]) => !(WITH_ARGUMENT as readonly string[]).includes(kind))
    .map(([kind, word]) => [word, kind as TeamCommand['kind']]),
);

/** A team command in a text message, or undefined. */
export function parseTeamCommand(body: string): TeamCommand | undefined {
  const text = body
    .normalize('NFKC')
    .trim()
    .replace(/[。!?\s]+$/u, '');
  if (text.startsWith(TEAM_WORDS.join))
    return { kind: 'join', code: normalizeCode(text.slice(TEAM_WORDS.join.length)) };
  for (const kind of ['remove', 'coowner', 'theme'] as const)
    if (text.startsWith(TEAM_WORDS[kind])) return { kind, name: text.slice(TEAM_WORDS[kind].length).trim() };
  const kind = FIXED.get(text);
  return kind ? ({ kind } as TeamCommand) : undefined;
}

/** A draft older than this is forgotten: a name typed much later is not taken for a team step. */
export const DRAFT_TTL_MS = 15 * 60_000;
export const liveDraft = (draft: TeamDraft | undefined, now: Date): TeamDraft | undefined =>
  draft && now.getTime() - Date.parse(draft.at) < DRAFT_TTL_MS ? draft : undefined;

/** What the store has to load before the pure step for this text (undefined: nothing). */
export interface TeamNeeds {
  /** The team behind this invite code (from the text, or from the draft being finished). */
  inviteCode?: string | undefined;
  /** The team's members and answers, for the owner's view. */
  activity: boolean;
  /** The team's members, for the owner naming one. */
  members?: boolean;
  /** This month's theme (and what the user answered since joining); the month is YYYY-MM, Japan time. */
  themeMonth?: string | undefined;
}

export function teamNeeds(body: string, draft: TeamDraft | undefined, now: Date): TeamNeeds | undefined {
  const command = parseTeamCommand(body);
  const live = liveDraft(draft, now);
  if (!command && !live) return undefined;
  const draftCode = live && live.step !== 'teamName' ? live.inviteCode : undefined;
  return {
    inviteCode: command?.kind === 'join' ? command.code : draftCode,
    activity: command?.kind === 'view',
    members: command?.kind === 'remove' || command?.kind === 'coowner',
    themeMonth: command?.kind === 'theme' || command?.kind === 'view' ? japanMonth(now) : undefined,
  };
}

/** 「クイズ」 and 「続き」 of a team member serve this month's theme first: they read the theme. */
export const themeNeeds = (now: Date): TeamNeeds => ({ activity: false, themeMonth: japanMonth(now) });
