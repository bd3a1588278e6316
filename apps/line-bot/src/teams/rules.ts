import type { Member, Team, TeamPersonal, TeamWrite } from './model.ts';

/** Why a team step was refused; the conversation turns each into a polite reply. */
export type Refusal =
  | 'alreadyInTeam'
  | 'notInTeam'
  | 'notFound'
  | 'noJoinUnderWay'
  | 'tooManyTries'
  | 'ownerCannotLeave'
  | 'notOwner'
  | 'notMember'
  | 'badName';

export type Result = { ok: true; write: TeamWrite } | { ok: false; reason: Refusal };

const refuse = (reason: Refusal): Result => ({ ok: false, reason });

/** Join attempts allowed per user per window: enough for typos, too few to guess 50-bit codes. */
export const JOIN_TRIES = 5;
export const JOIN_WINDOW_MS = 3_600_000;
export const TEAM_NAME_MAX = 40;
export const DISPLAY_NAME_MAX = 20;

/** A name typed by a person: one line, trimmed, 1..max characters; undefined when not usable. */
export function cleanName(typed: string, max: number): string | undefined {
  const name = typed.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const length = [...name].length;
  return length >= 1 && length <= max ? name : undefined;
}

/** Counts a join attempt; `allowed` is false once the user tried too often in the window. */
export function countJoinTry(
  personal: TeamPersonal | undefined,
  now: Date,
): { allowed: boolean; joinTries: string[] } {
  const since = now.getTime() - JOIN_WINDOW_MS;
  const recent = (personal?.joinTries ?? []).filter((at) => Date.parse(at) > since);
  if (recent.length >= JOIN_TRIES) return { allowed: false, joinTries: recent };
  return { allowed: true, joinTries: [...recent, now.toISOString()] };
}

export function createTeam(input: {
  ownerKey: string;
  name: string;
  teamId: string;
  inviteCode: string;
  now: Date;
  mine: Member | undefined;
}): Result {
  if (input.mine) return refuse('alreadyInTeam');
  const name = cleanName(input.name, TEAM_NAME_MAX);
  if (!name) return refuse('badName');
  const at = input.now.toISOString();
  return {
    ok: true,
    write: {
      kind: 'create',
      team: {
        teamId: input.teamId,
        name,
        ownerKey: input.ownerKey,
        inviteCode: input.inviteCode,
        createdAt: at,
      },
      owner: {
        userKey: input.ownerKey,
        teamId: input.teamId,
        displayName: 'オーナー',
        role: 'owner',
        joinedAt: at,
      },
    },
  };
}

/** Joining needs the team found by its current code, no other team, and a usable display name. */
export function joinTeam(input: {
  userKey: string;
  invited: Team | undefined;
  mine: Member | undefined;
  displayName: string;
  now: Date;
}): Result {
  if (input.mine) return refuse('alreadyInTeam');
  if (!input.invited) return refuse('notFound');
  const displayName = cleanName(input.displayName, DISPLAY_NAME_MAX);
  if (!displayName) return refuse('badName');
  return {
    ok: true,
    write: {
      kind: 'join',
      inviteCode: input.invited.inviteCode,
      member: {
        userKey: input.userKey,
        teamId: input.invited.teamId,
        displayName,
        role: 'member',
        joinedAt: input.now.toISOString(),
      },
    },
  };
}

/** A member or co-owner may leave at any time; the owner's team would be left without an owner. */
export function leaveTeam(mine: Member | undefined): Result {
  if (!mine) return refuse('notInTeam');
  if (mine.role === 'owner') return refuse('ownerCannotLeave');
  return { ok: true, write: { kind: 'leave', userKey: mine.userKey } };
}

/** Only the owner renews the code; the old code stops working at once. */
export function renewCode(actor: Member | undefined, inviteCode: string): Result {
  if (!actor) return refuse('notInTeam');
  if (actor.role !== 'owner') return refuse('notOwner');
  return { ok: true, write: { kind: 'renewCode', teamId: actor.teamId, inviteCode } };
}

/** Only the owner removes someone, and only someone of their own team (never themselves). */
export function removeMember(actor: Member | undefined, target: Member | undefined): Result {
  if (!actor) return refuse('notInTeam');
  if (actor.role !== 'owner') return refuse('notOwner');
  if (!target || target.teamId !== actor.teamId || target.role === 'owner') return refuse('notMember');
  return { ok: true, write: { kind: 'remove', teamId: actor.teamId, userKey: target.userKey } };
}

/** Only the owner names (or un-names) co-owners among the team's members. */
export function setCoOwner(actor: Member | undefined, target: Member | undefined, on: boolean): Result {
  if (!actor) return refuse('notInTeam');
  if (actor.role !== 'owner') return refuse('notOwner');
  if (!target || target.teamId !== actor.teamId || target.role === 'owner') return refuse('notMember');
  return {
    ok: true,
    write: {
      kind: 'setRole',
      teamId: actor.teamId,
      userKey: target.userKey,
      role: on ? 'coowner' : 'member',
    },
  };
}

/** The owner's view is for the owner and co-owners only. */
export const canSeeTeam = (member: Member | undefined): boolean =>
  member?.role === 'owner' || member?.role === 'coowner';
