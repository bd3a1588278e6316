import type { UserState } from '../conversation/state.ts';
import type { ActivityRow, Member, Role, Team, TeamContext, TeamWrite } from '../teams/model.ts';
import type { TeamTheme } from '../teams/theme.ts';
import type { TeamNeeds } from '../teams/words.ts';
import type { Query, Row } from './db.ts';

/** The rows a team step reads, loaded in the acting user's transaction before the pure step. */
export type TeamRows = Pick<
  TeamContext,
  'mine' | 'invited' | 'activity' | 'members' | 'theme' | 'answeredSinceJoining' | 'pausedMembers'
>;

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();

const teamOf = (row: Row): Team => ({
  teamId: String(row.team_id),
  name: String(row.name),
  ownerKey: String(row.owner_key),
  inviteCode: String(row.invite_code),
  createdAt: iso(row.created_at),
});

const memberOf = (row: Row): Member => ({
  userKey: String(row.user_key),
  teamId: String(row.team_id),
  displayName: String(row.display_name),
  role: String(row.role) as Role,
  joinedAt: iso(row.joined_at),
});

export async function loadTeamRows(tx: Query, userKey: string, needs: TeamNeeds): Promise<TeamRows> {
  const loaded: TeamRows = {};
  const mine = await tx.query(
    `SELECT m.user_key, m.team_id, m.display_name, m.role, m.joined_at, t.name, t.owner_key, t.invite_code, t.created_at
     FROM team_members m JOIN teams t ON t.team_id = m.team_id WHERE m.user_key = $1`,
    [userKey],
  );
  if (mine.rows[0]) loaded.mine = { team: teamOf(mine.rows[0]), member: memberOf(mine.rows[0]) };
  if (needs.inviteCode) {
    const invited = await tx.query('SELECT * FROM teams WHERE invite_code = $1', [needs.inviteCode]);
    if (invited.rows[0]) loaded.invited = teamOf(invited.rows[0]);
  }
  const role = loaded.mine?.member.role;
  if (needs.members && role === 'owner' && loaded.mine) {
    const members = await tx.query('SELECT * FROM team_members WHERE team_id = $1', [
      loaded.mine.team.teamId,
    ]);
    loaded.members = members.rows.map(memberOf);
  }
  if (needs.activity && loaded.mine && (role === 'owner' || role === 'coowner')) {
    const teamId = loaded.mine.team.teamId;
    const members = await tx.query('SELECT * FROM team_members WHERE team_id = $1 ORDER BY joined_at', [
      teamId,
    ]);
    loaded.activity = { members: members.rows.map(memberOf), rows: await activityRows(tx, teamId) };
    if (needs.themeMonth) loaded.pausedMembers = await pausedMembers(tx, teamId, needs.themeMonth);
  }
  if (needs.themeMonth && loaded.mine) {
    const { team, member } = loaded.mine;
    const theme = await tx.query('SELECT * FROM team_themes WHERE team_id = $1 AND month = $2', [
      team.teamId,
      needs.themeMonth,
    ]);
    if (theme.rows[0]) {
      loaded.theme = themeOf(theme.rows[0]);
      const answered = await tx.query(
        'SELECT DISTINCT question_id FROM answers WHERE user_key = $1 AND answered_at >= $2',
        [userKey, Date.parse(member.joinedAt)],
      );
      loaded.answeredSinceJoining = answered.rows.map((r) => String(r.question_id));
    }
  }
  return loaded;
}

/** The members' answers, each only since that member joined: nothing from before consent reaches the owner. */
async function activityRows(tx: Query, teamId: string): Promise<ActivityRow[]> {
  const rows = await tx.query(
    `SELECT a.user_key, a.question_id, a.correct, a.answered_at FROM answers a
     JOIN team_members m ON m.user_key = a.user_key
     WHERE m.team_id = $1 AND a.answered_at >= m.joined_at`,
    [teamId],
  );
  return rows.rows.map((r) => ({
    userKey: String(r.user_key),
    questionId: String(r.question_id),
    correct: Number(r.correct) === 1,
    at: iso(r.answered_at),
  }));
}

/** What the training record of a team is made from (the route checked the link first). */
export async function loadTeamRecordRows(
  db: Query,
  teamId: string,
): Promise<{ team: Team; members: Member[]; rows: ActivityRow[]; themes: TeamTheme[] } | undefined> {
  const team = await db.query('SELECT * FROM teams WHERE team_id = $1', [teamId]);
  if (!team.rows[0]) return undefined;
  const members = await db.query('SELECT * FROM team_members WHERE team_id = $1 ORDER BY joined_at', [
    teamId,
  ]);
  const themes = await db.query('SELECT * FROM team_themes WHERE team_id = $1 ORDER BY month', [teamId]);
  return {
    team: teamOf(team.rows[0]),
    members: members.rows.map(memberOf),
    rows: await activityRows(db, teamId),
    themes: themes.rows.map(themeOf),
  };
}

const themeOf = (row: Row): TeamTheme => ({
  teamId: String(row.team_id),
  month: String(row.month),
  topic: String(row.topic),
  setAt: iso(row.set_at),
});

/** Opted-in members the push budget left out this month (the maintenance job marks their state). */
async function pausedMembers(tx: Query, teamId: string, month: string): Promise<number> {
  const { rows } = await tx.query(
    `SELECT u.state FROM users u JOIN team_members m ON m.user_key = u.user_key
     WHERE m.team_id = $1 AND u.daily = 1`,
    [teamId],
  );
  return rows.filter((r) => (JSON.parse(String(r.state)) as UserState).dailyPausedMonth === month).length;
}

/** Writes what a team step decided; owner-only writes are checked again against the stored owner. */
export async function writeTeam(tx: Query, userKey: string, write: TeamWrite): Promise<void> {
  switch (write.kind) {
    case 'create':
      await tx.query(
        'INSERT INTO teams (team_id, name, owner_key, invite_code, created_at) VALUES ($1, $2, $3, $4, $5)',
        [
          write.team.teamId,
          write.team.name,
          userKey,
          write.team.inviteCode,
          Date.parse(write.team.createdAt),
        ],
      );
      await insertMember(tx, { ...write.owner, userKey });
      return;
    case 'join':
      // Joins only while the code is still the team's (a renewal or deletion in between wins).
      await tx.query(
        `INSERT INTO team_members (user_key, team_id, display_name, role, joined_at)
         SELECT CAST($1 AS TEXT), CAST($2 AS TEXT), CAST($3 AS TEXT), 'member', CAST($4 AS BIGINT)
         WHERE EXISTS (SELECT 1 FROM teams WHERE team_id = $2 AND invite_code = $5)
         ON CONFLICT (user_key) DO NOTHING`,
        [
          userKey,
          write.member.teamId,
          write.member.displayName,
          Date.parse(write.member.joinedAt),
          write.inviteCode,
        ],
      );
      return;
    case 'leave':
      await tx.query("DELETE FROM team_members WHERE user_key = $1 AND role <> 'owner'", [userKey]);
      return;
    case 'renewCode':
      await tx.query('UPDATE teams SET invite_code = $1 WHERE team_id = $2 AND owner_key = $3', [
        write.inviteCode,
        write.teamId,
        userKey,
      ]);
      return;
    case 'remove':
      await tx.query(
        `DELETE FROM team_members WHERE user_key = $1 AND team_id = $2 AND role <> 'owner'
         AND EXISTS (SELECT 1 FROM teams WHERE team_id = $2 AND owner_key = $3)`,
        [write.userKey, write.teamId, userKey],
      );
      return;
    case 'setRole':
      await tx.query(
        `UPDATE team_members SET role = $1 WHERE user_key = $2 AND team_id = $3 AND role <> 'owner'
         AND EXISTS (SELECT 1 FROM teams WHERE team_id = $3 AND owner_key = $4)`,
        [write.role, write.userKey, write.teamId, userKey],
      );
      return;
    case 'setTheme':
      // One theme per team and month; only the stored owner sets it (a later choice replaces it).
      await tx.query(
        `INSERT INTO team_themes (team_id, month, topic, set_at)
         SELECT CAST($1 AS TEXT), CAST($2 AS TEXT), CAST($3 AS TEXT), CAST($4 AS BIGINT)
         WHERE EXISTS (SELECT 1 FROM teams WHERE team_id = $1 AND owner_key = $5)
         ON CONFLICT (team_id, month) DO UPDATE SET topic = excluded.topic, set_at = excluded.set_at`,
        [write.teamId, write.month, write.topic, Date.parse(write.at), userKey],
      );
      return;
    default:
      write satisfies never;
  }
}

async function insertMember(tx: Query, member: Member): Promise<void> {
  await tx.query(
    'INSERT INTO team_members (user_key, team_id, display_name, role, joined_at) VALUES ($1, $2, $3, $4, $5)',
    [member.userKey, member.teamId, member.displayName, member.role, Date.parse(member.joinedAt)],
  );
}

/** データ削除: the user's membership goes; an owner's team goes with all its memberships. */
export async function deleteTeamRowsOf(tx: Query, userKey: string): Promise<void> {
  await tx.query(
    'DELETE FROM team_themes WHERE team_id IN (SELECT team_id FROM teams WHERE owner_key = $1)',
    [userKey],
  );
  await tx.query(
    'DELETE FROM team_members WHERE team_id IN (SELECT team_id FROM teams WHERE owner_key = $1)',
    [userKey],
  );
  await tx.query('DELETE FROM teams WHERE owner_key = $1', [userKey]);
  await tx.query('DELETE FROM team_members WHERE user_key = $1', [userKey]);
}
