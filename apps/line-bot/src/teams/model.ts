/** A team: one owner (who created it), co-owners the owner names, members who joined with consent. */
export interface Team {
  teamId: string;
  /** The company name the owner typed. */
  name: string;
  ownerKey: string;
  inviteCode: string;
  createdAt: string;
}

export type Role = 'owner' | 'coowner' | 'member';

/** One person's membership; a person is in at most one team (the row is keyed by the user). */
export interface Member {
  userKey: string;
  teamId: string;
  /** The name the member chose to show the owner (never logged). */
  displayName: string;
  role: Role;
  joinedAt: string;
}

/** One answer of a member since they joined: what the owner's view is computed from. */
export interface ActivityRow {
  userKey: string;
  questionId: string;
  correct: boolean;
  at: string;
}

/** What a team step writes, in the acting user's transaction. */
export type TeamWrite =
  | { kind: 'create'; team: Team; owner: Member }
  | { kind: 'join'; member: Member; inviteCode: string }
  | { kind: 'leave'; userKey: string }
  | { kind: 'renewCode'; teamId: string; inviteCode: string }
  | { kind: 'remove'; teamId: string; userKey: string }
  | { kind: 'setRole'; teamId: string; userKey: string; role: 'coowner' | 'member' };

/** A team step in progress, kept in the user's state until it ends (or expires). */
export type TeamDraft =
  | { step: 'teamName'; at: string }
  | { step: 'memberName'; at: string; inviteCode: string }
  | { step: 'consent'; at: string; inviteCode: string; displayName: string };

/** The team part of one user's state. */
export interface TeamPersonal {
  draft?: TeamDraft | undefined;
  /** Times (ISO) of recent join attempts, for the per-user rate limit. */
  joinTries?: string[] | undefined;
}

/** What the store loaded for a team step (before the pure step), and the random sources it may use. */
export interface TeamContext {
  /** The acting user's team and membership, if any. */
  mine?: { team: Team; member: Member } | undefined;
  /** The team whose current invite code the user sent (or is finishing joining). */
  invited?: Team | undefined;
  /** For 「チームの様子」 by an owner or co-owner: the members and their answers since joining. */
  activity?: { members: Member[]; rows: ActivityRow[] } | undefined;
  /** For the owner naming a member: the team's members (no answers). */
  members?: Member[] | undefined;
  newTeamId: () => string;
  newInviteCode: () => string;
  /** The official account's basic ID (@...), for links that open LINE with a message ready. */
  basicId?: string | undefined;
  /** The bot server's public address (BOT_URL), for the printable invite page; undefined = no link. */
  botUrl?: string | undefined;
}
