import type { Summary } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import { menuActions } from './commands.ts';
import { button, COLORS, flex, label, type Message, postbackAction, uriAction, vbox } from './ui.ts';

/** Up to three lesson buttons (a bubble stays short and readable on a phone). */
export function lessonButtons(catalog: Catalog, lessonIds: readonly string[]) {
  return lessonIds
    .slice(0, 3)
    .map((id) =>
      button(uriAction(catalog.lessons.get(id)?.title ?? 'レッスン', catalog.lessonUrl(id)), 'link'),
    );
}

const dateFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  month: 'long',
  day: 'numeric',
});

/** A date as the chat says it (12月6日, Japan time). */
export function japanDay(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** The opt-in that brings reviews to a learner who is not yet receiving the daily question. */
const DAILY_OFFER =
  '忘れないように、毎日お昼ごろに1問を届けることもできます（復習があれば、その問題から。夜は送りません）。';

/**
 * End of a session: the score, when the review comes, and what to read next. After mistakes, a
 * learner without the daily question is offered it (opt-in: the review reminder is that push).
 */
export function summaryMessage(
  catalog: Catalog,
  summary: Summary,
  dueCount: number,
  nextReviewAt?: string,
  offerDaily = false,
): Message {
  const perfect = summary.correct === summary.total;
  const score = `${summary.total}問中 ${summary.correct}問 正解`;
  const advice = perfect
    ? 'すべて正解です。この調子で続けましょう。'
    : `間違えた問題は、${nextReviewAt ? `${japanDay(nextReviewAt)}から` : 'あとで'}「復習」に出てきます。下のレッスンを読んでおきましょう。`;
  const next = dueCount > 0 ? `いま復習できる問題が ${dueCount}問 あります。` : '';
  const offer = offerDaily && !perfect ? DAILY_OFFER : '';
  const lessons = lessonButtons(catalog, summary.lessonsToRead);
  return flex(
    `おつかれさまでした。${score}。${advice}${next}${offer}`,
    {
      type: 'bubble',
      body: vbox(
        [
          label('おつかれさまでした', { size: 'sm', color: COLORS.text }),
          label(score, { weight: 'bold', size: 'xl', color: COLORS.brand }),
          label(advice, { margin: 'md' }),
          ...(next ? [label(next)] : []),
          ...(offer ? [label(offer, { size: 'sm', color: COLORS.text, margin: 'md' })] : []),
        ],
        { spacing: 'sm' },
      ),
      ...(lessons.length > 0
        ? { footer: vbox([label('読んでおきたいレッスン', { size: 'sm', color: COLORS.text }), ...lessons]) }
        : {}),
    },
    [
      ...(offer ? [postbackAction('毎日1問を受け取る', { a: 'daily', on: '1' }, '毎日1問を受け取る')] : []),
      ...menuActions(...(dueCount > 0 ? (['review'] as const) : []), 'quiz', 'score', 'help'),
    ],
  );
}
