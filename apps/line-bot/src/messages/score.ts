import { nextDueAt, weakestTopic } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import type { UserState } from '../conversation/state.ts';
import { menuActions } from './commands.ts';
import { japanDay, lessonButtons } from './summary.ts';
import { COLORS, flex, label, type Message, text, vbox } from './ui.ts';

/** 成績: score per topic, the weakest topic and the lessons to read. */
export function scoreMessage(catalog: Catalog, state: UserState, dueCount: number): Message {
  const byTopic = Object.entries(state.scores).map(([topic, s]) => ({ topic, ...s }));
  if (byTopic.length === 0) {
    return text('まだ記録がありません。「クイズ」から始めましょう。', menuActions('quiz', 'help'));
  }
  const order = new Map(catalog.quizTopics.map((t, i) => [t.id, i]));
  byTopic.sort((a, b) => (order.get(a.topic) ?? 99) - (order.get(b.topic) ?? 99));
  // A topic is called weak only after a few answers: one wrong answer says little.
  const weakest = weakestTopic(byTopic.filter((t) => t.total >= 3));
  const correct = byTopic.reduce((sum, t) => sum + t.correct, 0);
  const total = byTopic.reduce((sum, t) => sum + t.total, 0);
  const overall = `ぜんぶで ${total}問中 ${correct}問 正解（${Math.round((correct / total) * 100)}%）`;
  const lines = byTopic.slice(0, 14).map((t) => ({
    type: 'box' as const,
    layout: 'horizontal' as const,
    contents: [
      label(catalog.topicTitle(t.topic), { size: 'sm', flex: 3 }),
      label(`${t.correct} / ${t.total}`, { size: 'sm', flex: 1, align: 'end' as const }),
    ],
  }));
  const advice = weakest
    ? `苦手なテーマ: ${catalog.topicTitle(weakest.topic)}`
    : total < 3
      ? 'もう少し答えると、苦手なテーマがわかります。'
      : 'どのテーマもよくできています。';
  const next = nextDueAt(state.deck);
  const due =
    dueCount > 0
      ? `復習できる問題: ${dueCount}問`
      : next
        ? `次の復習は ${japanDay(next)} からです。`
        : '復習する問題はいまはありません。';
  const lessons = lessonButtons(catalog, state.missedLessons);
  const summary = byTopic.map((t) => `${catalog.topicTitle(t.topic)} ${t.correct}/${t.total}`).join('、');
  return flex(
    `成績: ${overall}。${summary}。${advice}`,
    {
      type: 'bubble',
      body: vbox(
        [
          label('成績（正解 / 回答）', { weight: 'bold', color: COLORS.brand }),
          label(overall, { weight: 'bold' }),
          ...lines,
          label(advice, { weight: 'bold', margin: 'lg' }),
          label(due),
        ],
        { spacing: 'sm' },
      ),
      ...(lessons.length > 0
        ? { footer: vbox([label('読んでおきたいレッスン', { size: 'sm', color: COLORS.text }), ...lessons]) }
        : {}),
    },
    menuActions(...(dueCount > 0 ? (['review'] as const) : []), 'quiz', 'help'),
  );
}
