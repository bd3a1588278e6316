import type { messagingApi } from '@line/bot-sdk';
import type { QuizQuestion } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import { CHOICE_MARKS } from '../messages/question.ts';
import { button, COLORS, fit, fitUnits, flex, label, type Message, text, vbox } from '../messages/ui.ts';
import { encodeLivePostback } from './postback.ts';

type Action = messagingApi.Action;

const liveAction = (labelText: string, data: Record<string, string | number>, shown: string): Action => ({
  type: 'postback',
  label: fit(labelText, 40),
  data: encodeLivePostback(data),
  displayText: fitUnits(shown, 300),
});

/** Quick replies under every live confirmation. */
export const LIVE_QUICK: Action[] = [
  liveAction('次の問題', { lv: 'next' }, '次の問題'),
  liveAction('結果', { lv: 'result' }, '結果'),
];

export const choiceName = (question: QuizQuestion, i: number): string =>
  question.type === 'truefalse'
    ? (question.choices[i]?.label ?? '')
    : `${CHOICE_MARKS[i] ?? i + 1} ${question.choices[i]?.label ?? ''}`;

export const rightAnswer = (question: QuizQuestion): string =>
  question.answer.map((i) => choiceName(question, i)).join('、');

/** The open live question as the usual Flex card; one tap answers (and a later tap changes it). */
export function liveQuestionMessage(
  sessionId: string,
  question: QuizQuestion,
  current: number | undefined,
): Message {
  const lines = question.choices
    .map((c, i) =>
      c.text ? label(`${CHOICE_MARKS[i] ?? i + 1}. ${c.text}`, { size: 'sm', margin: 'sm' }) : undefined,
    )
    .filter((c) => c !== undefined);
  const buttons = question.choices.map((_, i) => {
    const name = choiceName(question, i);
    return button(
      liveAction(current === i ? `✓ ${name}` : name, { lv: 'ans', s: sessionId, q: question.id, c: i }, name),
      current === i ? 'primary' : 'secondary',
      current === i ? { color: COLORS.brand } : {},
    );
  });
  const hint =
    question.type === 'multiple'
      ? 'セミナーでは、いちばん大事だと思うものを1つ選んでください。'
      : '答えは、問題が締め切られるまで選び直せます。';
  const alt = `セミナーのクイズ: ${question.prompt} ${question.choices.map((_, i) => choiceName(question, i)).join(' / ')}`;
  return flex(
    alt,
    {
      type: 'bubble',
      header: vbox([label('セミナーのクイズ', { size: 'xs', color: '#FFFFFF', weight: 'bold' })], {
        backgroundColor: COLORS.brand,
      }),
      body: vbox(
        [
          label(question.prompt, { weight: 'bold' }),
          ...lines,
          label(hint, { size: 'xs', color: COLORS.muted, margin: 'md' }),
        ],
        { spacing: 'sm' },
      ),
      footer: vbox(buttons, { spacing: 'sm' }),
    },
    LIVE_QUICK,
  );
}

/** Right or wrong on a closed (revealed) question, with the explanation. */
export function verdictText(question: QuizQuestion, choice: number): string {
  const correct = question.answer.includes(choice);
  return [
    `${correct ? '⭕ 正解でした' : '❌ ざんねん、不正解でした'}（あなたの答え: ${choiceName(question, choice)}）`,
    `正解: ${rightAnswer(question)}`,
    question.explanation,
  ].join('\n');
}

export const liveText = (body: string): Message => text(body, LIVE_QUICK);

/** 「結果」: the score over the revealed questions and the lessons behind the misses. */
export function liveResultMessage(
  catalog: Catalog,
  graded: { question: QuizQuestion; choice: number | undefined }[],
): Message {
  const answered = graded.filter((g) => g.choice !== undefined);
  const right = answered.filter((g) => g.question.answer.includes(g.choice as number));
  if (graded.length === 0)
    return liveText('まだ答え合わせをした問題はありません。問題が締め切られると、ここで結果が見られます。');
  const missed = graded.filter((g) => g.choice === undefined || !g.question.answer.includes(g.choice));
  const lessons = [...new Set(missed.map((g) => g.question.lesson))].slice(0, 5);
  const lines = [
    `セミナーの結果: ${graded.length}問中 ${right.length}問 正解でした。`,
    ...(answered.length < graded.length
      ? [`（答えなかった問題: ${graded.length - answered.length}問）`]
      : []),
    ...(lessons.length > 0
      ? [
          '',
          'まちがえた問題は、このレッスンで確かめられます。',
          ...lessons.map((id) => `・${catalog.lessons.get(id)?.title ?? id}\n${catalog.lessonUrl(id)}`),
        ]
      : ['', '全問正解です。']),
  ];
  return text(lines.join('\n'), LIVE_QUICK);
}
