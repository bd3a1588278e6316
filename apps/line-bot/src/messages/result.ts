import { choiceFeedback, type Grade, type QuizQuestion, type Session } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import { choiceName } from './question.ts';
import { button, COLORS, flex, label, type Message, postbackAction, uriAction, vbox } from './ui.ts';

interface ChoiceNote {
  heading: string;
  /** The choice's long wording: for a wrong pick, and for a choice whose label is only its mark. */
  text?: string | undefined;
  why: string;
}

/** Why each picked choice, then each missed right choice, is right or wrong (choiceFeedback). */
export function choiceNotes(question: QuizQuestion, chosen: readonly number[]): ChoiceNote[] {
  return choiceFeedback(question, chosen).map(({ index, right, picked, why }) => {
    const name = choiceName(question, index);
    const onlyMark = name === question.choices[index]?.label; // 「ア」 says nothing by itself
    return {
      heading: `${right ? '⭕' : '❌'} ${name}（${picked ? 'あなたの答え' : '選ばなかった正解'}）`,
      text: (picked && !right) || onlyMark ? question.choices[index]?.text : undefined,
      why,
    };
  });
}

/**
 * Right or wrong, the right answer, the user's own answer, why each picked (and each missed right)
 * choice is right or wrong, the explanation, the lesson link and (unless last) "next". When the explanation quotes
 * a figure, its picture heads the bubble and opens the figure in the lesson, with its data table.
 */
export function resultMessage(
  catalog: Catalog,
  session: Session,
  question: QuizQuestion,
  grade: Grade,
  chosen: readonly number[],
): Message {
  const choiceText = (i: number) => choiceName(question, i);
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
  const notes = choiceNotes(question, chosen);
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
        ...notes.flatMap((note) => [
          label(note.heading, { size: 'sm', weight: 'bold', color: COLORS.text, margin: 'md' }),
          ...(note.text ? [label(note.text, { size: 'sm', color: COLORS.text })] : []),
          label(note.why, { size: 'md' }),
        ]),
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
