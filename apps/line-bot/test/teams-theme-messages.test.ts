import { describe, expect, it } from 'vitest';
import { checkMessages } from '../src/line/message-schema.ts';
import { teamSummary } from '../src/messages/team.ts';
import { memberTheme, themeChooser, themeIntro, themeSet } from '../src/messages/team-theme.ts';
import { ownerView } from '../src/teams/view.ts';
import { realCatalog } from './helpers/catalog.ts';

describe('今月のテーマ messages', () => {
  it('fit LINE limits with every real topic, and the view carries the theme and pause lines', () => {
    const catalog = realCatalog();
    const topic = catalog.quizTopics[2]?.id ?? '';
    const members = Array.from({ length: 25 }, (_, i) => ({
      userKey: `u${i}`,
      teamId: 't',
      displayName: 'い'.repeat(20),
      role: i === 0 ? ('owner' as const) : ('member' as const),
      joinedAt: '2026-11-01T00:00:00Z',
    }));
    const view = ownerView({
      members,
      rows: [{ userKey: 'u1', questionId: 'q', correct: true, at: '2026-12-01T00:00:00Z' }],
      topicOf: () => topic,
      viewerKey: 'u0',
      now: new Date('2026-12-04T00:00:00Z'),
      theme: { topic, questionIds: ['q'] },
    });
    const messages = [
      themeChooser(catalog, '2026-12', topic),
      themeSet(catalog, '2026-12', topic, 25),
      themeIntro(catalog, '2026-12', topic, 3, 25),
      memberTheme(catalog, '2026-12', topic, 3, 25),
      memberTheme(catalog, '2026-12', undefined, 0, 0),
      teamSummary(catalog, 'あ'.repeat(40), view, 4),
    ];
    // At most 5 messages go in one reply: checked in two batches.
    expect(checkMessages(messages.slice(0, 3))).toEqual([]);
    expect(checkMessages(messages.slice(3))).toEqual([]);
    const chooser = JSON.stringify(messages[0]);
    for (const t of catalog.quizTopics) expect(chooser).toContain(`"text":"今月のテーマ ${t.title}"`);
    const summary = JSON.stringify(messages[5]);
    expect(summary).toContain(`12月のテーマ: ${catalog.topicTitle(topic)}`);
    expect(summary).toContain('全部の問題に答えた人: 1 / 24人');
    expect(summary).toContain('4人の「毎日1問」をお休みしています');
  });
});
