import { describe, expect, it } from 'vitest';
import { checkMessages } from '../src/line/message-schema.ts';
import { consentCard, inviteMessage, joinLink, ownerGuide, teamSummary } from '../src/messages/team.ts';
import { ownerView } from '../src/teams/view.ts';
import { fixtureCatalog } from './helpers/catalog.ts';

describe('team messages', () => {
  it('link to LINE with 「チーム参加 code」 ready to send when the basic ID is known', () => {
    expect(joinLink('@123abcde', 'ABCDEFGH23')).toBe(
      `https://line.me/R/oaMessage/%40123abcde/?${encodeURIComponent('チーム参加 ABCDEFGH23')}`,
    );
    const withId = JSON.stringify(inviteMessage('山田商店', 'ABCDEFGH23', '@123abcde'));
    expect(withId).toContain('https://line.me/R/oaMessage/%40123abcde/?');
    const without = JSON.stringify(inviteMessage('山田商店', 'ABCDEFGH23', undefined));
    expect(without).not.toContain('line.me');
    expect(without).toContain('チーム参加 ABCDEFGH23');
  });

  it('fit LINE limits even with long names and many members', () => {
    const catalog = fixtureCatalog();
    const long = 'あ'.repeat(40);
    const members = Array.from({ length: 30 }, (_, i) => ({
      userKey: `u${i}`,
      teamId: 't',
      displayName: 'い'.repeat(20),
      role: i === 0 ? ('owner' as const) : ('member' as const),
      joinedAt: '2026-11-01T00:00:00Z',
    }));
    const rows = members.map((m) => ({
      userKey: m.userKey,
      questionId: 'b-1',
      correct: true,
      at: '2026-12-01T00:00:00Z',
    }));
    const view = ownerView({
      members,
      rows,
      topicOf: () => 'basic-measures',
      viewerKey: 'u0',
      now: new Date('2026-12-04T00:00:00Z'),
    });
    const messages = [
      inviteMessage(long, 'ABCDEFGH23', '@123abcde'),
      ownerGuide('ABCDEFGH23', true),
      consentCard(long, catalog.siteUrl),
      teamSummary(catalog, long, view),
    ];
    expect(checkMessages(messages)).toEqual([]);
    expect(JSON.stringify(messages[3])).toContain('ほか 9人');
  });
});
