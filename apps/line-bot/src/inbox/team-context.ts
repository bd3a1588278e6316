import { randomBytes, randomUUID } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';
import { clean, fold } from '../conversation/fold.ts';
import type { UserState } from '../conversation/state.ts';
import { commandOf } from '../conversation/words.ts';
import type { UserTx } from '../store/store.ts';
import { CODE_BYTES, inviteCodeFrom } from '../teams/code.ts';
import type { TeamContext } from '../teams/model.ts';
import { type TeamNeeds, teamNeeds, themeNeeds } from '../teams/words.ts';
import { recordUrl } from '../teams-record/routes.ts';
import { signRecordToken } from '../teams-record/token.ts';

/** A team word or step, or 「クイズ」/「続き」 (which serve this month's theme first). */
function needsOf(event: webhook.Event, state: UserState | undefined, now: Date): TeamNeeds | undefined {
  if (event.type === 'postback') {
    const data = new URLSearchParams(String(event.postback?.data ?? ''));
    const quizOrResume = data.get('a') === 'cmd' && ['quiz', 'resume'].includes(data.get('c') ?? '');
    return quizOrResume ? themeNeeds(now) : undefined;
  }
  if (event.type !== 'message' || event.message?.type !== 'text') return undefined;
  const body = (event.message as { text?: unknown }).text;
  if (typeof body !== 'string') return undefined;
  const command = commandOf(fold(clean(body)));
  if (command === 'quiz' || command === 'resume') return themeNeeds(now);
  return teamNeeds(body, state?.team?.draft, now);
}

/**
 * Loads what a team step reads, before the pure step; undefined when the event is not about teams
 * (most events: no team query at all).
 */
export async function teamContextFor(
  tx: UserTx,
  event: webhook.Event,
  state: UserState | undefined,
  now: Date,
  basicId: (() => Promise<string>) | undefined,
  botUrl?: string,
  recordKey?: Buffer,
): Promise<TeamContext | undefined> {
  const needs = needsOf(event, state, now);
  if (!needs) return undefined;
  return {
    ...(await tx.loadTeams(needs)),
    newTeamId: () => randomUUID(),
    newInviteCode: () => inviteCodeFrom(randomBytes(CODE_BYTES)),
    // Without LINE's answer the invite still carries the code as text.
    basicId: await basicId?.().catch(() => undefined),
    botUrl,
    recordLink:
      botUrl && recordKey
        ? (teamId, ownerKey) => recordUrl(botUrl, signRecordToken(recordKey, teamId, ownerKey, now.getTime()))
        : undefined,
  };
}
