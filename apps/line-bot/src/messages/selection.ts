import type { QuizQuestion, Session } from '@mamoru/quiz';
import { CHOICE_MARKS, choiceName } from './question.ts';
import { button, COLORS, flex, label, type Message, postbackAction, text, vbox } from './ui.ts';

const mark = (i: number) => CHOICE_MARKS[i] ?? String(i + 1);

/**
 * After a tap on a multiple-answer choice: what is selected now, a button per choice that sets it
 * the other way, and 「これで答える」 carrying exactly this selection. Short (no question text), so
 * a few taps do not fill the chat with copies of the question.
 */
export function selectionMessage(session: Session, question: QuizQuestion): Message {
  const chosen = session.draft;
  const marks = chosen.map(mark).join('・');
  const now = chosen.length > 0 ? `いま選んでいるもの：${marks}` : 'いまは何も選んでいません。';
  const buttons = question.choices.map((_, i) => {
    const on = chosen.includes(i);
    const data = { a: 'tog', s: session.id, q: question.id, c: i, on: on ? '0' : '1' } as const;
    return button(
      postbackAction(`${on ? '☑' : '☐'} ${choiceName(question, i)}`, data),
      'secondary',
      on ? { color: COLORS.chosen } : {},
    );
  });
  if (chosen.length > 0) {
    const submit = postbackAction(
      `これで答える（${marks}）`,
      { a: 'sub', s: session.id, q: question.id, c: chosen.join('.') },
      `答え: ${marks}`,
    );
    buttons.push(button(submit, 'primary', { color: COLORS.brand }));
  }
  const hint =
    chosen.length > 0
      ? 'ほかも選べます。選び終えたら「これで答える」を押してください。'
      : 'あてはまるものを1つ以上選んでください。';
  const typed = `文字で答えるときは「${chosen.length > 0 ? chosen.map(mark).join('') : 'アウ'}」のように送ってください。`;
  return flex(`${now}。${hint}${typed}`, {
    type: 'bubble',
    body: vbox(
      [label(now, { weight: 'bold', color: COLORS.brand }), label(hint, { size: 'sm', color: COLORS.text })],
      {
        spacing: 'sm',
      },
    ),
    footer: vbox(buttons, { spacing: 'sm' }),
  });
}

/** Asked before a new set replaces one that is half done. */
export function replaceSetQuestion(current: string, position: string, requested: string): Message {
  return text(
    `途中の『${current}（${position}）』があります。やめて新しく始めますか。\n` +
      `続けるときは「続き」、『${requested}』を始めるときは「新しく始める」と送ってください。`,
    [
      postbackAction('続きをする', { a: 'cmd', c: 'resume' }, '続きをする'),
      postbackAction('新しく始める', { a: 'new' }, '新しく始める'),
    ],
  );
}
