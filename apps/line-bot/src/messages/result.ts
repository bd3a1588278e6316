import type { Grade, QuizQuestion, Session } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import { CHOICE_MARKS } from './question.ts';
import { button, COLORS, flex, label, type Message, postbackAction, uriAction, vbox } from './ui.ts';

/** Right or wrong, the right answer, the explanation, the lesson link and (unless last) "next". */
export function resultMessage(
  catalog: Catalog,
  session: Session,
  question: QuizQuestion,
  grade: Grade,
): Message {
  const markOf = (i: number) => (question.type === 'truefalse' ? '' : `${CHOICE_MARKS[i] ?? i + 1} `);
  const right = question.answer.map((i) => `${markOf(i)}${question.choices[i]?.label ?? ''}`).join('、');
  const verdict = grade.correct ? '⭕ 正解です' : '❌ ざんねん、不正解です';
  const lesson = catalog.lessons.get(question.lesson);
  const last = session.answers.length >= session.questionIds.length;
  const buttons = [button(uriAction('レッスンを読む', catalog.lessonUrl(question.lesson)), 'link')];
  if (!last) {
    buttons.unshift(
      button(postbackAction('次の問題へ', { a: 'next', s: session.id }, '次の問題へ'), 'primary', {
        color: COLORS.brand,
      }),
    );
  }
  return flex(`${verdict}。正解は ${right}。${question.explanation}`, {
    type: 'bubble',
    body: vbox(
      [
        label(verdict, { weight: 'bold', size: 'lg', color: grade.correct ? COLORS.ok : COLORS.ng }),
        label(`正解: ${right}`, { weight: 'bold', margin: 'md' }),
        label(question.explanation, { size: 'sm', margin: 'md' }),
        ...(lesson
          ? [label(`くわしく: ${lesson.title}`, { size: 'xs', color: COLORS.muted, margin: 'md' })]
          : []),
      ],
      { spacing: 'sm' },
    ),
    footer: vbox(buttons, { spacing: 'sm' }),
  });
}
