import { EXAM_AREA_LABELS } from '@mamoru/content/schemas';
import { examPartOf, type QuizQuestion, type Session } from '@mamoru/quiz';
import type { Catalog } from '../content/catalog.ts';
import { button, COLORS, flex, label, type Message, postbackAction, uriAction, vbox } from './ui.ts';

/** Katakana marks for choices: ア イ ウ エ, as Japanese tests write them. */
export const CHOICE_MARKS = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ'] as const;
const mark = (i: number) => CHOICE_MARKS[i] ?? String(i + 1);

/** 「ア 経営者」; a choice whose label is only its mark (its wording is in `text`) is just 「ア」. */
export function choiceName(question: QuizQuestion, i: number): string {
  const choiceLabel = question.choices[i]?.label ?? '';
  return choiceLabel === mark(i) ? mark(i) : `${mark(i)} ${choiceLabel}`;
}

type ExamArea = keyof typeof EXAM_AREA_LABELS;

function heading(catalog: Catalog, question: QuizQuestion, session: Session, title?: string): string {
  const position = `${session.answers.length + 1} / ${session.questionIds.length}`;
  const kind = session.source.kind === 'review' ? '復習' : session.source.kind === 'exam' ? '試験対策' : '';
  const part = examPartOf(question) === 'B' ? '科目B' : undefined;
  // Exam practice names its syllabus area (テクノロジ, 情報セキュリティ管理 ...) rather than the topic.
  const area = question.examArea ? EXAM_AREA_LABELS[question.examArea as ExamArea] : undefined;
  return [kind, part, title ?? area ?? catalog.topicTitle(question.topic), position]
    .filter(Boolean)
    .join('・');
}

/**
 * A 科目B case up to this many characters goes into the question card, at the normal text size
 * (about 15 lines on a phone); a longer one would bury the question, so the card links to the site.
 */
export const CASE_IN_CARD_MAX = 240;

/** What a 科目B card shows before its question: the case itself, or a link to read it on the site. */
function caseParts(catalog: Catalog, question: QuizQuestion) {
  if (question.case === undefined) return [];
  if (question.case.length <= CASE_IN_CARD_MAX) {
    return [label('事例', { size: 'sm', weight: 'bold', color: COLORS.muted }), label(question.case)];
  }
  return [
    label('この問題は、会社の事例を読んでから答えます。事例はサイトで読めます。'),
    button(uriAction('事例を読む（サイト）', catalog.examItemUrl(question.id)), 'link'),
  ];
}

/**
 * The question as a Flex bubble: one postback button per choice. On a multiple-answer question each
 * button sets its choice on (a second tap changes nothing); the reply shows the selection with its
 * own 「これで答える」 (messages/selection.ts). `title` names a one-lesson set in the header.
 */
export function questionMessage(
  catalog: Catalog,
  session: Session,
  question: QuizQuestion,
  title?: string,
): Message {
  const multiple = question.type === 'multiple';
  const choiceLines = question.choices
    .map((c, i) => (c.text ? label(`${mark(i)}. ${c.text}`, { margin: 'sm' }) : undefined))
    .filter((c) => c !== undefined);
  const buttons = question.choices.map((_, i) => {
    const text = choiceName(question, i);
    if (multiple) {
      return button(postbackAction(text, { a: 'tog', s: session.id, q: question.id, c: i, on: '1' }));
    }
    return button(postbackAction(text, { a: 'ans', s: session.id, q: question.id, c: i }, text));
  });
  const head = heading(catalog, question, session, title);
  const typed = multiple ? 'アウ' : 'ア';
  const hint = multiple
    ? 'あてはまるものを押してください。押すと、選んだものと「これで答える」が下に出ます。'
    : undefined;
  const alt =
    `${head}: ${question.prompt} ${question.choices.map((_, i) => choiceName(question, i)).join(' / ')}` +
    `（文字で答えるときは「${typed}」のように送ってください）`;
  return flex(alt, {
    type: 'bubble',
    header: vbox([label(head, { size: 'sm', color: '#FFFFFF', weight: 'bold' })], {
      backgroundColor: COLORS.brand,
    }),
    body: vbox(
      [
        ...caseParts(catalog, question),
        label(question.prompt, { weight: 'bold', ...(question.case ? { margin: 'lg' } : {}) }),
        ...choiceLines,
        ...(hint ? [label(hint, { size: 'sm', color: COLORS.text, margin: 'md' })] : []),
      ],
      { spacing: 'sm' },
    ),
    footer: vbox(buttons, { spacing: 'sm' }),
  });
}
