import { weakestTopic } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import type { UserState } from '../conversation/state.ts';
import { menuActions } from './commands.ts';
import { lessonButtons } from './summary.ts';
import { COLORS, flex, label, type Message, text, vbox } from './ui.ts';

/** 成績: score per topic, the weakest topic and the lessons to read. */
export function scoreMessage(catalog: Catalog, state: UserState, dueCount: number): Message {
  const byTopic = Object.entries(state.scores).map(([topic, s]) => ({ topic, ...s }));
  if (byTopic.length === 0) {
    return text('まだ記録がありません。「クイズ」から始めましょう。', menuActions('quiz', 'help'));
  }
  const order = new Map(catalog.quizTopics.map((t, i) => [t.id, i]));
  byTopic.sort((a, b) => (order.get(a.topic) ?? 99) - (order.get(b.topic) ?? 99));
  const weakest = weakestTopic(byTopic);
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
    : 'どのテーマもよくできています。';
  const due = dueCount > 0 ? `復習できる問題: ${dueCount}問` : '復習する問題はいまはありません。';
  const lessons = lessonButtons(catalog, state.missedLessons);
  const summary = byTopic.map((t) => `${catalog.topicTitle(t.topic)} ${t.correct}/${t.total}`).join('、');
  return flex(
    `成績: ${summary}。${advice}`,
    {
      type: 'bubble',
      body: vbox(
        [
          label('成績（正解 / 回答）', { weight: 'bold', color: COLORS.brand }),
          ...lines,
          label(advice, { size: 'sm', weight: 'bold', margin: 'lg' }),
          label(due, { size: 'sm' }),
        ],
        { spacing: 'sm' },
      ),
      ...(lessons.length > 0
        ? { footer: vbox([label('読んでおきたいレッスン', { size: 'xs', color: COLORS.muted }), ...lessons]) }
        : {}),
    },
    menuActions(...(dueCount > 0 ? (['review'] as const) : []), 'quiz', 'help'),
  );
}
