import type { Grade, QuizQuestion, Session } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import { CHOICE_MARKS } from './question.ts';
import { button, COLORS, flex, label, type Message, postbackAction, uriAction, vbox } from './ui.ts';

/**
 * Right or wrong, the right answer, the user's own answer (so a wrong pick is explained next to the
 * right one), the explanation, the lesson link and (unless last) "next". When the explanation quotes
 * a figure, its picture heads the bubble and opens the figure in the lesson, with its data table.
 */
export function resultMessage(
  catalog: Catalog,
  session: Session,
  question: QuizQuestion,
  grade: Grade,
  chosen: readonly number[],
): Message {
  const choiceText = (i: number) => `${CHOICE_MARKS[i] ?? i + 1} ${question.choices[i]?.label ?? ''}`;
  const right = question.answer.map(choiceText).join('、');
  const mine = chosen.map(choiceText).join('、');
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
  const mineLine = grade.correct || chosen.length === 0 ? undefined : `あなたの答え：${mine}`;
  const chosenTexts = grade.correct
    ? []
    : chosen
        .filter((i) => !question.answer.includes(i) && question.choices[i]?.text)
        .map((i) => `${CHOICE_MARKS[i] ?? i + 1}. ${question.choices[i]?.text}`);
  const figureImage = question.figure && catalog.figureImageUrl(question.figure);
  return flex(`${verdict}。正しい答え：${right}。${mineLine ? `${mineLine}。` : ''}${question.explanation}`, {
    type: 'bubble',
    ...(figureImage && question.figure
      ? {
          hero: {
            type: 'image',
            url: figureImage,
            size: 'full',
            aspectRatio: '4:3',
            aspectMode: 'fit',
            backgroundColor: '#FFFFFF',
            action: uriAction('図を大きく見る', catalog.lessonFigureUrl(question.lesson, question.figure)),
          },
        }
      : {}),
    body: vbox(
      [
        label(verdict, { weight: 'bold', size: 'lg', color: grade.correct ? COLORS.ok : COLORS.ng }),
        label(`正しい答え：${right}`, { weight: 'bold', margin: 'md' }),
        ...(mineLine ? [label(mineLine, { color: COLORS.ng })] : []),
        ...chosenTexts.map((line) => label(line, { size: 'sm', color: COLORS.text })),
        label(question.explanation, { size: 'md', margin: 'md' }),
        ...(lesson
          ? [label(`くわしく: ${lesson.title}`, { size: 'sm', color: COLORS.text, margin: 'md' })]
          : []),
      ],
      { spacing: 'sm' },
    ),
    footer: vbox(buttons, { spacing: 'sm' }),
  });
}
