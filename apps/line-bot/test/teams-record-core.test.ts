import { describe, expect, it } from 'vitest';
import type { Member, Team } from '../src/teams/model.ts';
import { trainingRecord } from '../src/teams-record/record.ts';
import { recordCsv } from '../src/teams-record/record-csv.ts';
import { recordPageHtml, recordRefusedHtml } from '../src/teams-record/record-page.ts';
import {
  RECORD_TOKEN_TTL_MS,
  recordTokenKey,
  signRecordToken,
  verifyRecordToken,
} from '../src/teams-record/token.ts';

const key = recordTokenKey('channel-secret');
const now = Date.parse('2026-12-05T03:00:00Z');

describe('record link tokens', () => {
  it('are valid for 15 minutes for the team they were signed for', () => {
    const token = signRecordToken(key, 'team-1', 'Uowner', now);
    const check = verifyRecordToken(key, token, now + RECORD_TOKEN_TTL_MS - 1);
    expect(check).toMatchObject({
      ok: true,
      grant: { teamId: 'team-1', expiresAt: now + RECORD_TOKEN_TTL_MS },
    });
    expect(verifyRecordToken(key, token, now + RECORD_TOKEN_TTL_MS)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuse another key, any changed character, and malformed input, before looking at the time', () => {
    const token = signRecordToken(key, 'team-1', 'Uowner', now);
    expect(verifyRecordToken(recordTokenKey('another-secret'), token, now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (let i = 0; i < token.length; i += 7) {
      const c = token[i] === 'A' ? 'B' : 'A';
      const changed = `${token.slice(0, i)}${c}${token.slice(i + 1)}`;
      if (changed !== token) expect(verifyRecordToken(key, changed, now).ok).toBe(false);
    }
    // An expired and altered token is refused as altered (the signature is checked first).
    expect(verifyRecordToken(key, `${token}x`, now + RECORD_TOKEN_TTL_MS * 2)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (const junk of [undefined, '', '.', 'a.b', 'a.b.c', 'x'.repeat(600)])
      expect(verifyRecordToken(key, junk, now)).toEqual({ ok: false, reason: 'invalid' });
    // The owner appears only as a keyed hash.
    expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).not.toContain('Uowner');
  });
});

describe('the training record', () => {
  const team: Team = {
    teamId: 't',
    name: '山田<商店>',
    ownerKey: 'o',
    inviteCode: 'X',
    createdAt: '2026-11-01T00:00:00Z',
  };
  const member = (userKey: string, role: Member['role'], displayName: string): Member => ({
    userKey,
    teamId: 't',
    displayName,
    role,
    joinedAt: '2026-11-02T00:00:00Z',
  });
  const members = [
    member('o', 'owner', 'オーナー'),
    member('a', 'member', '佐藤'),
    member('b', 'coowner', '鈴木, "課長"'),
  ];
  const questions = [
    { id: 'q1', topic: 'bcp' },
    { id: 'q2', topic: 'bcp' },
    { id: 'q3', topic: 'management' },
  ];
  const row = (userKey: string, questionId: string, correct: boolean, at: string) => ({
    userKey,
    questionId,
    correct,
    at,
  });
  const record = trainingRecord({
    team,
    members,
    rows: [
      row('a', 'q1', true, '2026-11-10T00:00:00Z'),
      row('a', 'q2', false, '2026-11-20T15:30:00Z'),
      row('a', 'q3', false, '2026-11-21T00:00:00Z'),
      row('b', 'q1', true, '2026-11-10T00:00:00Z'),
      row('o', 'q1', true, '2026-11-10T00:00:00Z'),
    ],
    themes: [
      { teamId: 't', month: '2026-12', topic: 'management', setAt: '' },
      { teamId: 't', month: '2026-11', topic: 'bcp', setAt: '' },
    ],
    questions,
    now: new Date(now),
  });

  it('has a line per consenting member with counts, days and theme completions, and no one’s own rate', () => {
    expect(record).toMatchObject({ teamName: '山田<商店>', from: '2026-11-01', to: '2026-12-05' });
    expect(record.themes).toEqual([
      { month: '2026-11', topic: 'bcp' },
      { month: '2026-12', topic: 'management' },
    ]);
    expect(record.members).toEqual([
      {
        displayName: '佐藤',
        role: 'member',
        joinedOn: '2026-11-02',
        // 15:30 UTC on the 20th and 00:00 UTC on the 21st are both the 21st in Japan.
        daysStudied: 2,
        answered: 3,
        lastStudiedOn: '2026-11-21',
        // Japan date of the answer that completed it (15:30 UTC is the next day in Japan).
        themesDone: ['2026-11-21', '2026-11-21'],
      },
      {
        displayName: '鈴木, "課長"',
        role: 'coowner',
        joinedOn: '2026-11-02',
        daysStudied: 1,
        answered: 1,
        lastStudiedOn: '2026-11-10',
        themesDone: [undefined, undefined],
      },
    ]);
    expect(JSON.stringify(record.members)).not.toMatch(/correct|rate/i);
    // Fewer than 3 members besides the owner answered any topic: no team rate either.
    expect(record.teamRates).toEqual([]);
    expect(record.hiddenTopics).toBe(2);
    expect(record.topicsAnswered).toEqual(['bcp', 'management']);
  });

  it('escapes what people typed in the page, and quotes it in the CSV', () => {
    const html = recordPageHtml({
      record,
      topicTitle: (t) => `題:${t}`,
      lessonTitles: () => [],
      siteUrl: 'https://mamoru.example.jp',
      csvHref: '/teams/record.csv?token=a&b',
    });
    expect(html).toContain('山田&lt;商店&gt;');
    expect(html).not.toContain('山田<商店>');
    expect(html).toContain('鈴木, &quot;課長&quot;（共同管理者）');
    expect(html).toContain('href="/teams/record.csv?token=a&amp;b"');
    expect(html).toContain('ほか 2分野');
    expect(html).toContain(
      '2026年11月「題:bcp」<span class="day">2026年11月21日</span><br>2026年12月「題:management」<span class="day">2026年11月21日</span>',
    );
    expect(html).toContain('<td>2026年11月10日</td><td class="themes">―</td></tr>'); // 鈴木 completed none
    const csv = recordCsv(record, (t) => `題:${t}`);
    expect(csv.split('\r\n')[2]).toBe('"鈴木, ""課長""",共同管理者,2026-11-02,1,1,2026-11-10,,');
    expect(recordRefusedHtml('expired')).toContain('15分だけ使えます');
  });
});
