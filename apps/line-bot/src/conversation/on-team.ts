import {
  askDisplayName,
  confirmJoin,
  consentCard,
  inviteMessage,
  ownerGuide,
  teamRefusal,
  teamSummary,
} from '../messages/team.ts';
import { recordLinkMessage, recordUnavailable } from '../messages/team-record.ts';
import { text } from '../messages/ui.ts';
import type { TeamContext, TeamDraft } from '../teams/model.ts';
import {
  canSeeTeam,
  cleanName,
  countJoinTry,
  createTeam,
  DISPLAY_NAME_MAX,
  joinTeam,
  leaveTeam,
  type Refusal,
  removeMember,
  renewCode,
  setCoOwner,
  TEAM_NAME_MAX,
} from '../teams/rules.ts';
import { themeQuestionIds } from '../teams/theme.ts';
import { ownerView } from '../teams/view.ts';
import { liveDraft, parseTeamCommand, type TeamCommand } from '../teams/words.ts';
import { invitePageUrl } from '../teams-invite/invite-page.ts';
import { onTheme } from './on-theme.ts';
import type { Context, Outcome } from './outcome.ts';
import type { UserState } from './state.ts';

const withDraft = (state: UserState, draft: TeamDraft | undefined): UserState => ({
  ...state,
  team: { ...state.team, draft },
});

/** The state without a team step under way (another command was chosen). */
export const withoutTeamDraft = (state: UserState): UserState =>
  state.team?.draft ? withDraft(state, undefined) : state;

const refused = (state: UserState, reason: Refusal, teamName?: string): Outcome => ({
  state: withDraft(state, undefined),
  replies: [teamRefusal(reason, teamName)],
});

function command(cmd: TeamCommand, state: UserState, ctx: Context, teams: TeamContext): Outcome {
  const mine = teams.mine;
  const at = ctx.now.toISOString();
  switch (cmd.kind) {
    case 'create':
      if (mine) return refused(state, 'alreadyInTeam', mine.team.name);
      return {
        state: withDraft(state, { step: 'teamName', at }),
        replies: [text(`チームの名前（会社名など、${TEAM_NAME_MAX}文字まで）を送ってください。例: 山田商店`)],
      };
    case 'join': {
      const tried = countJoinTry(state.team, ctx.now);
      const counted: UserState = { ...state, team: { ...state.team, joinTries: tried.joinTries } };
      if (!tried.allowed) return refused(counted, 'tooManyTries');
      if (mine) return refused(counted, 'alreadyInTeam', mine.team.name);
      if (!cmd.code || !teams.invited) return refused(counted, 'notFound');
      return {
        state: withDraft(counted, { step: 'memberName', at, inviteCode: teams.invited.inviteCode }),
        replies: [consentCard(teams.invited.name, ctx.catalog.siteUrl), askDisplayName()],
      };
    }
    case 'consent': {
      const draft = liveDraft(state.team?.draft, ctx.now);
      if (draft?.step !== 'consent') return refused(state, 'noJoinUnderWay');
      const result = joinTeam({
        userKey: state.userKey,
        invited: teams.invited,
        mine: mine?.member,
        displayName: draft.displayName,
        now: ctx.now,
      });
      if (!result.ok) return refused(state, result.reason, mine?.team.name);
      return {
        state: withDraft(state, undefined),
        teamWrites: [result.write],
        replies: [
          text(
            `「${teams.invited?.name}」に参加しました。クイズに答えると、答えた数と日がチームに表示されます。抜けるときは「チームを抜ける」と送ってください。`,
          ),
        ],
      };
    }
    case 'decline':
      return {
        state: withDraft(state, undefined),
        replies: [text('参加しませんでした。入力した名前は残していません。')],
      };
    case 'leave': {
      const result = leaveTeam(mine?.member);
      if (!result.ok) return refused(state, result.reason);
      return {
        state,
        teamWrites: [result.write],
        replies: [
          text(`「${mine?.team.name}」を抜けました。あなたの記録は、もうチームを管理する人には見えません。`),
        ],
      };
    }
    case 'view': {
      if (!mine || !canSeeTeam(mine.member) || !teams.activity)
        return { state, replies: [teamRefusal('viewRefused')] };
      const view = ownerView({
        ...teams.activity,
        topicOf: (id) => ctx.catalog.bank.questions.find((q) => q.id === id)?.topic,
        viewerKey: state.userKey,
        now: ctx.now,
        theme: teams.theme && {
          topic: teams.theme.topic,
          questionIds: themeQuestionIds(ctx.catalog.bank.questions, teams.theme.topic),
        },
      });
      return {
        state,
        replies: [teamSummary(ctx.catalog, mine.team.name, view, teams.pausedMembers ?? 0)],
      };
    }
    case 'renew': {
      const code = teams.newInviteCode();
      const result = renewCode(mine?.member, code);
      if (!result.ok || !mine) return refused(state, result.ok ? 'notInTeam' : result.reason);
      return {
        state,
        teamWrites: [result.write],
        replies: [
          inviteMessage(mine.team.name, code, teams.basicId),
          ownerGuide(code, true, invitePageUrl(teams.botUrl, code)),
        ],
      };
    }
    case 'invite':
      if (mine?.member.role !== 'owner') return refused(state, 'notOwner');
      return {
        state,
        replies: [
          inviteMessage(mine.team.name, mine.team.inviteCode, teams.basicId),
          ownerGuide(mine.team.inviteCode, false, invitePageUrl(teams.botUrl, mine.team.inviteCode)),
        ],
      };
    case 'remove':
    case 'coowner':
      return nameMember(cmd, state, teams);
    case 'record': {
      if (mine?.member.role !== 'owner') return refused(state, mine ? 'notOwner' : 'notInTeam');
      const url = teams.recordLink?.(mine.team.teamId, mine.team.ownerKey);
      return { state, replies: [url ? recordLinkMessage(mine.team.name, url) : recordUnavailable()] };
    }
    case 'theme':
      return onTheme(cmd.name, withoutTeamDraft(state), ctx);
    default:
      return cmd satisfies never;
  }
}

/** The owner removes a member, or names a co-owner, by display name (refused when it is not unique). */
function nameMember(
  cmd: { kind: 'remove' | 'coowner'; name: string },
  state: UserState,
  teams: TeamContext,
): Outcome {
  const actor = teams.mine?.member;
  if (actor?.role !== 'owner') return refused(state, 'notOwner');
  const wanted = cleanName(cmd.name, DISPLAY_NAME_MAX);
  const found = (teams.members ?? []).filter((m) => m.displayName === wanted);
  if (found.length > 1) return { state, replies: [text(`「${wanted}」という表示名の人が複数います。`)] };
  const target = found[0];
  const result = cmd.kind === 'remove' ? removeMember(actor, target) : setCoOwner(actor, target, true);
  if (!result.ok) return refused(state, result.reason);
  const done =
    cmd.kind === 'remove'
      ? `「${wanted}」さんをチームから外しました。`
      : `「${wanted}」さんを共同管理者にしました。「チームの様子」を見られます。`;
  return { state, teamWrites: [result.write], replies: [text(done)] };
}

/** Free text while a team step waits for a name. */
function continueDraft(
  body: string,
  draft: TeamDraft,
  state: UserState,
  ctx: Context,
  teams: TeamContext,
): Outcome {
  switch (draft.step) {
    case 'teamName': {
      const code = teams.newInviteCode();
      const result = createTeam({
        ownerKey: state.userKey,
        name: body,
        teamId: teams.newTeamId(),
        inviteCode: code,
        now: ctx.now,
        mine: teams.mine?.member,
      });
      if (!result.ok)
        return result.reason === 'badName'
          ? { state, replies: [text(`チームの名前は1行、${TEAM_NAME_MAX}文字までで送ってください。`)] }
          : refused(state, result.reason, teams.mine?.team.name);
      const name = result.write.kind === 'create' ? result.write.team.name : '';
      return {
        state: withDraft(state, undefined),
        teamWrites: [result.write],
        replies: [
          inviteMessage(name, code, teams.basicId),
          ownerGuide(code, false, invitePageUrl(teams.botUrl, code)),
        ],
      };
    }
    case 'memberName': {
      if (!teams.invited) return refused(state, 'notFound');
      const displayName = cleanName(body, DISPLAY_NAME_MAX);
      if (!displayName) return { state, replies: [askDisplayName()] };
      return {
        state: withDraft(state, { ...draft, step: 'consent', at: ctx.now.toISOString(), displayName }),
        replies: [confirmJoin(teams.invited.name, displayName)],
      };
    }
    case 'consent':
      return {
        state,
        replies: [confirmJoin(teams.invited?.name ?? '', draft.displayName)],
      };
    default:
      return draft satisfies never;
  }
}

/**
 * Team words and team steps under way; undefined when the text is not about teams. A command word
 * of the menu (`isMenuWord`) ends a step under way instead of being taken for a name.
 */
export function onTeamText(
  body: string,
  state: UserState,
  ctx: Context,
  isMenuWord: boolean,
): Outcome | undefined {
  const cmd = parseTeamCommand(body);
  const draft = liveDraft(state.team?.draft, ctx.now);
  const teams = ctx.teams;
  if (!teams) return undefined;
  if (cmd) return command(cmd, state, ctx, teams);
  if (draft && !isMenuWord) return continueDraft(body, draft, state, ctx, teams);
  return undefined;
}
