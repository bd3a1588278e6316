import { describe, expect, it } from 'vitest';
import { CODE_LENGTH, inviteCodeFrom, normalizeCode } from '../src/teams/code.ts';
import type { ActivityRow, Member, Team } from '../src/teams/model.ts';
import {
  canSeeTeam,
  cleanName,
  countJoinTry,
  createTeam,
  JOIN_TRIES,
  joinTeam,
  leaveTeam,
  removeMember,
  renewCode,
  setCoOwner,
} from '../src/teams/rules.ts';
import { remainingThemeQuestions, setTheme, themeCompletedAt, themeQuestionIds } from '../src/teams/theme.ts';
import { ownerView } from '../src/teams/view.ts';
import { parseTeamCommand, teamNeeds } from '../src/teams/words.ts';

const now = new Date('2026-12-04T03:00:00Z');
const team: Team = {
  teamId: 't1',
  name: '山田商店',
  ownerKey: 'owner',
  inviteCode: 'ABCDEFGH23',
  createdAt: now.toISOString(),
};
const member = (userKey: string, role: Member['role'] = 'member', teamId = 't1'): Member => ({
  userKey,
  teamId,
  displayName: `name-${userKey}`,
  role,
  joinedAt: '2026-11-01T00:00:00Z',
});

describe('invite codes', () => {
  it('are 10 characters carrying 50 random bits, and different bytes give different codes', () => {
    const a = inviteCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));
    const b = inviteCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 8]));
    expect(a).toHaveLength(CODE_LENGTH);
    expect(a).not.toBe(b);
    expect(CODE_LENGTH * 5).toBeGreaterThanOrEqual(40);
    expect(() => inviteCodeFrom(new Uint8Array(4))).toThrow(/needs 7 random bytes, got 4/);
  });

  it('are read whatever the width, case, spaces or look-alike letters', () => {
    expect(normalizeCode('ａｂｃｄ-efgh 23')).toBe('ABCDEFGH23');
    expect(normalizeCode('abcdefghoi')).toBe('ABCDEFGH01');
    expect(normalizeCode('short')).toBeUndefined();
    expect(parseTeamCommand('チーム参加　abcd efgh23')).toEqual({ kind: 'join', code: 'ABCDEFGH23' });
    expect(parseTeamCommand('チーム参加')).toEqual({ kind: 'join', code: undefined });
    expect(parseTeamCommand('チームの様子。')).toEqual({ kind: 'view' });
    expect(parseTeamCommand('こんにちは')).toBeUndefined();
    expect(parseTeamCommand('メンバーを外す　佐藤 ')).toEqual({ kind: 'remove', name: '佐藤' });
    expect(parseTeamCommand('共同管理者にする 鈴木')).toEqual({ kind: 'coowner', name: '鈴木' });
  });
});

describe('team rules', () => {
  it('creates a team with its owner as the first member, and one team per person', () => {
    const made = createTeam({
      ownerKey: 'owner',
      name: ' 山田商店 ',
      teamId: 't1',
      inviteCode: 'C',
      now,
      mine: undefined,
    });
    expect(made).toMatchObject({
      ok: true,
      write: { kind: 'create', team: { name: '山田商店' }, owner: { role: 'owner' } },
    });
    expect(
      createTeam({ ownerKey: 'x', name: 'A', teamId: 't2', inviteCode: 'C', now, mine: member('x') }),
    ).toEqual({
      ok: false,
      reason: 'alreadyInTeam',
    });
    expect(
      createTeam({ ownerKey: 'x', name: '   ', teamId: 't2', inviteCode: 'C', now, mine: undefined }),
    ).toEqual({
      ok: false,
      reason: 'badName',
    });
  });

  it('joins only a team found by its code, with a usable name, when in no team', () => {
    const joined = joinTeam({ userKey: 'u', invited: team, mine: undefined, displayName: '佐藤', now });
    expect(joined).toMatchObject({
      ok: true,
      write: { kind: 'join', member: { displayName: '佐藤', role: 'member' } },
    });
    expect(
      joinTeam({ userKey: 'u', invited: undefined, mine: undefined, displayName: '佐藤', now }),
    ).toMatchObject({ reason: 'notFound' });
    expect(
      joinTeam({ userKey: 'u', invited: team, mine: member('u', 'member', 't9'), displayName: '佐藤', now }),
    ).toMatchObject({
      reason: 'alreadyInTeam',
    });
    expect(cleanName('あ'.repeat(21), 20)).toBeUndefined();
  });

  it('lets members leave but not the owner; only the owner renews, removes and names co-owners', () => {
    expect(leaveTeam(member('u'))).toEqual({ ok: true, write: { kind: 'leave', userKey: 'u' } });
    expect(leaveTeam(member('owner', 'owner'))).toMatchObject({ reason: 'ownerCannotLeave' });
    expect(leaveTeam(undefined)).toMatchObject({ reason: 'notInTeam' });
    expect(renewCode(member('owner', 'owner'), 'NEW')).toMatchObject({
      ok: true,
      write: { kind: 'renewCode', inviteCode: 'NEW' },
    });
    expect(renewCode(member('c', 'coowner'), 'NEW')).toMatchObject({ reason: 'notOwner' });
    expect(removeMember(member('owner', 'owner'), member('u'))).toMatchObject({
      ok: true,
      write: { kind: 'remove', userKey: 'u' },
    });
    expect(removeMember(member('owner', 'owner'), member('u', 'member', 'other'))).toMatchObject({
      reason: 'notMember',
    });
    expect(removeMember(member('u2'), member('u'))).toMatchObject({ reason: 'notOwner' });
    expect(setCoOwner(member('owner', 'owner'), member('u'), true)).toMatchObject({
      write: { role: 'coowner' },
    });
    expect(setCoOwner(member('c', 'coowner'), member('u'), true)).toMatchObject({ reason: 'notOwner' });
    expect([
      canSeeTeam(member('o', 'owner')),
      canSeeTeam(member('c', 'coowner')),
      canSeeTeam(member('u')),
      canSeeTeam(undefined),
    ]).toEqual([true, true, false, false]);
  });

  it('limits join attempts per user in a window', () => {
    let personal = {};
    for (let i = 0; i < JOIN_TRIES; i++) {
      const tried = countJoinTry(personal, now);
      expect(tried.allowed).toBe(true);
      personal = { joinTries: tried.joinTries };
    }
    expect(countJoinTry(personal, now).allowed).toBe(false);
    expect(countJoinTry(personal, new Date(now.getTime() + 3_600_001)).allowed).toBe(true);
  });

  it('asks the store for the invited team only while a join is under way', () => {
    expect(teamNeeds('クイズ', undefined, now)).toBeUndefined();
    expect(teamNeeds('チーム参加 ABCDEFGH23', undefined, now)).toEqual({
      inviteCode: 'ABCDEFGH23',
      activity: false,
      members: false,
    });
    const draft = { step: 'memberName' as const, at: now.toISOString(), inviteCode: 'ABCDEFGH23' };
    expect(teamNeeds('佐藤', draft, now)).toEqual({
      inviteCode: 'ABCDEFGH23',
      activity: false,
      members: false,
    });
    expect(teamNeeds('佐藤', draft, new Date(now.getTime() + 16 * 60_000))).toBeUndefined();
    expect(teamNeeds('チームの様子', undefined, now)).toEqual({
      inviteCode: undefined,
      activity: true,
      members: false,
      themeMonth: '2026-12',
    });
    // 今月のテーマ reads the theme of this month in Japan time (already January there).
    expect(teamNeeds('今月のテーマ', undefined, new Date('2026-12-31T15:00:00Z'))?.themeMonth).toBe(
      '2027-01',
    );
  });
});

describe('the owner view', () => {
  const topicOf = (q: string) => q.split('-')[0];
  const row = (
    userKey: string,
    questionId: string,
    correct: boolean,
    at = '2026-12-02T01:00:00Z',
  ): ActivityRow => ({
    userKey,
    questionId,
    correct,
    at,
  });
  const members = [member('owner', 'owner'), member('a'), member('b'), member('c')];

  it('shows a topic rate only when 3 members besides the viewer answered it', () => {
    const two = ownerView({
      members,
      rows: [row('owner', 'pw-1', true), row('a', 'pw-1', false), row('b', 'pw-1', true)],
      topicOf,
      viewerKey: 'owner',
      now,
    });
    expect(two.topics).toEqual([]);
    expect(two.hiddenTopics).toBe(1);
    const three = ownerView({
      members,
      rows: [
        row('a', 'pw-1', false),
        row('b', 'pw-1', true),
        row('c', 'pw-2', true),
        row('a', 'mail-1', true),
      ],
      topicOf,
      viewerKey: 'owner',
      now,
    });
    expect(three.topics).toEqual([{ topic: 'pw', correct: 2, total: 3, members: 3 }]);
    expect(three.weakest?.topic).toBe('pw');
    expect(three.hiddenTopics).toBe(1);
  });

  it('counts who studied this month (Japan time), and never gives a member a correct rate', () => {
    const view = ownerView({
      members,
      rows: [
        row('a', 'pw-1', true, '2026-11-30T16:00:00Z'),
        row('b', 'pw-1', false, '2026-11-30T14:00:00Z'),
        row('stranger', 'pw-1', true),
      ],
      topicOf,
      viewerKey: 'owner',
      now,
    });
    expect(view.month).toBe('2026-12');
    expect(view.studiedThisMonth).toBe(1);
    const a = view.members.find((m) => m.displayName === 'name-a');
    expect(a).toEqual({
      displayName: 'name-a',
      role: 'member',
      joinedAt: '2026-11-01T00:00:00Z',
      answersThisMonth: 1,
      daysThisMonth: 1,
      lastStudied: '2026-12-01',
    });
    expect(JSON.stringify(view)).not.toContain('stranger');
    expect(Object.keys(a ?? {})).not.toContain('correct');
  });
});

describe('今月のテーマ', () => {
  const bank = [
    { id: 'a', topic: 'management' },
    { id: 'b', topic: 'management' },
    { id: 'x', topic: 'management', examArea: 'security-management' },
    { id: 'c', topic: 'bcp' },
  ];
  it('asks the topic’s everyday questions, and is completed when each was answered once', () => {
    const ids = themeQuestionIds(bank, 'management');
    expect(ids).toEqual(['a', 'b']);
    expect(remainingThemeQuestions(ids, ['a', 'c'])).toEqual(['b']);
    const rows = [
      { questionId: 'a', at: '2026-12-02T00:00:00.000Z' },
      { questionId: 'a', at: '2026-12-01T00:00:00.000Z' },
      { questionId: 'c', at: '2026-12-09T00:00:00.000Z' },
    ];
    expect(themeCompletedAt(ids, rows)).toBeUndefined();
    // The moment the last missing question was first answered (a later repeat changes nothing).
    rows.push({ questionId: 'b', at: '2026-12-05T00:00:00.000Z' });
    rows.push({ questionId: 'b', at: '2026-12-07T00:00:00.000Z' });
    expect(themeCompletedAt(ids, rows)).toBe('2026-12-05T00:00:00.000Z');
    expect(themeCompletedAt([], rows)).toBeUndefined();
  });
  it('is set only by the owner, for their own team', () => {
    expect(setTheme(undefined, 'bcp', '2026-12', now)).toEqual({ ok: false, reason: 'notInTeam' });
    expect(setTheme(member('u1', 'coowner'), 'bcp', '2026-12', now)).toEqual({
      ok: false,
      reason: 'notOwner',
    });
    expect(setTheme(member('owner', 'owner'), 'bcp', '2026-12', now)).toEqual({
      ok: true,
      write: { kind: 'setTheme', teamId: 't1', month: '2026-12', topic: 'bcp', at: now.toISOString() },
    });
  });
  it('shows the owner who completed this month’s theme', () => {
    const view = ownerView({
      members: [member('owner', 'owner'), member('u1'), member('u2')],
      rows: [
        { userKey: 'u1', questionId: 'a', correct: false, at: '2026-12-03T00:00:00Z' },
        { userKey: 'u1', questionId: 'b', correct: true, at: '2026-12-03T16:00:00Z' },
        { userKey: 'u2', questionId: 'a', correct: true, at: '2026-12-03T00:00:00Z' },
      ],
      topicOf: () => 'management',
      viewerKey: 'owner',
      now,
      theme: { topic: 'management', questionIds: ['a', 'b'] },
    });
    expect(view.theme).toEqual({ topic: 'management', done: 1 });
    // Japan date: 16:00 UTC on the 3rd is the 4th in Japan.
    expect(view.members.find((m) => m.displayName === 'name-u1')?.themeDone).toBe('2026-12-04');
    expect(view.members.find((m) => m.displayName === 'name-u2')?.themeDone).toBeUndefined();
  });
});
