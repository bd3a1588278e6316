import { randomBytes, randomUUID } from 'node:crypto';
import type { webhook } from '@line/bot-sdk';
import type { UserState } from '../conversation/state.ts';
import type { UserTx } from '../store/store.ts';
import { CODE_BYTES, inviteCodeFrom } from '../teams/code.ts';
import type { TeamContext } from '../teams/model.ts';
import { teamNeeds } from '../teams/words.ts';

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
): Promise<TeamContext | undefined> {
  if (event.type !== 'message' || event.message?.type !== 'text') return undefined;
  const body = (event.message as { text?: unknown }).text;
  if (typeof body !== 'string') return undefined;
  const needs = teamNeeds(body, state?.team?.draft, now);
  if (!needs) return undefined;
  return {
    ...(await tx.loadTeams(needs)),
    newTeamId: () => randomUUID(),
    newInviteCode: () => inviteCodeFrom(randomBytes(CODE_BYTES)),
    // Without LINE's answer the invite still carries the code as text.
    basicId: await basicId?.().catch(() => undefined),
    botUrl,
  };
}
