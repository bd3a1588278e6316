import { choiceFeedback, type Grade, type QuizQuestion, type Summary } from '@mamoru/quiz';
import { caseParagraphs } from './case-text.ts';
import { choiceMark, el } from './dom.ts';

const choiceText = (question: QuizQuestion, index: number) => {
  const choice = question.choices[index];
  return `${choiceMark(index)}．${choice?.text ?? choice?.label ?? ''}`;
};

/** A 科目B item's company case, shown above its question. */
export function caseView(question: QuizQuestion): HTMLElement | undefined {
  if (question.case === undefined) return undefined;
  return el(
    'section',
    { class: 'quiz__case', 'aria-label': '事例' },
    el('h3', { class: 'quiz__case-title' }, '事例'),
    ...caseParagraphs(question.case).map((lines) =>
      el(
        'p',
        { class: 'quiz__case-text' },
        ...lines.flatMap((line, i) => (i === 0 ? [line] : [el('br'), line])),
      ),
    ),
  );
}

/** One question as a form: radio buttons, or checkboxes for "select all that apply". */
export function questionView(question: QuizQuestion, position: number, total: number): HTMLFormElement {
  const multiple = question.type === 'multiple';
  const fieldset = el(
    'fieldset',
    { class: 'quiz__choices' },
    el('legend', { class: 'quiz__prompt' }, question.prompt),
    ...question.choices.map((_, index) =>
      el(
        'label',
        { class: 'quiz__choice' },
        el('input', { type: multiple ? 'checkbox' : 'radio', name: 'choice', value: String(index) }),
        el('span', {}, choiceText(question, index)),
      ),
    ),
  );
  return el(
    'form',
    { class: 'quiz__question', 'data-question-id': question.id },
    el('h2', {}, `第${position}問（全${total}問）`),
    caseView(question),
    fieldset,
    el('p', { class: 'quiz__error', role: 'alert' }),
    el('p', {}, el('button', { type: 'submit' }, '答える')),
  );
}

/**
 * Why each picked choice, then each right choice missed, is right or wrong (choiceFeedback): the
 * learner reads the reason for their own answer, not only the shared explanation.
 */
function choiceReasonsView(question: QuizQuestion, picked: readonly number[]): HTMLElement | undefined {
  const reasons = choiceFeedback(question, picked);
  if (reasons.length === 0) return undefined;
  return el(
    'ul',
    { class: 'choice-reasons' },
    ...reasons.map(({ index, right, picked: mine, why }) =>
      el(
        'li',
        { class: right ? 'choice-reasons__right' : 'choice-reasons__wrong', 'data-choice': String(index) },
        el(
          'strong',
          {},
          `${right ? '○' : '×'} ${choiceText(question, index)}（${mine ? 'あなたの答え' : '選ばなかった正解'}）`,
        ),
        el('br'),
        why,
      ),
    ),
  );
}

/** Right or wrong, the right answer, why the picked choices are right or wrong, and the explanation. */
export function feedbackView(
  question: QuizQuestion,
  picked: readonly number[],
  grade: Grade,
  lesson: { title: string; path: string } | undefined,
  isLast: boolean,
): HTMLElement {
  return el(
    'section',
    {
      class: `quiz__feedback quiz__feedback--${grade.correct ? 'right' : 'wrong'}`,
      'data-question-id': question.id,
    },
    el('h2', {}, grade.correct ? '正解です' : 'ざんねん、ちがいます'),
    el('p', { class: 'quiz__prompt' }, question.prompt),
    el('p', {}, `正しい答え：${question.answer.map((index) => choiceText(question, index)).join('／')}`),
    choiceReasonsView(question, picked),
    el('p', { class: 'quiz__explanation' }, question.explanation),
    lesson ? el('p', {}, 'くわしくは ', el('a', { href: lesson.path }, lesson.title)) : undefined,
    el(
      'p',
      {},
      el('button', { type: 'button', 'data-action': 'next' }, isLast ? '結果を見る' : '次の問題へ'),
    ),
  );
}

export interface AnsweredQuestion {
  question: QuizQuestion;
  choices: number[];
  correct: boolean;
}

/** The score, every question with its explanation, lessons to read, and retry buttons. */
export function resultView(
  summary: Summary,
  answered: AnsweredQuestion[],
  lessons: Record<string, { title: string; path: string }>,
): HTMLElement {
  const wrongCount = answered.filter((item) => !item.correct).length;
  const toRead = summary.lessonsToRead.flatMap((id) => {
    const lesson = lessons[id];
    return lesson ? [el('li', {}, el('a', { href: lesson.path }, lesson.title))] : [];
  });
  return el(
    'section',
    { class: 'quiz__result' },
    el('h2', {}, '結果'),
    el('p', { class: 'quiz__score' }, `${summary.total}問中${summary.correct}問正解`),
    el(
      'ol',
      { class: 'quiz__review' },
      ...answered.map((item) =>
        el(
          'li',
          { 'data-question-id': item.question.id, 'data-correct': String(item.correct) },
          el('p', { class: 'quiz__prompt' }, item.question.prompt),
          el(
            'p',
            {},
            `${item.correct ? '○ 正解' : '× まちがい'}（あなたの答え：${item.choices.map(choiceMark).join('・')}、正しい答え：${item.question.answer.map(choiceMark).join('・')}）`,
          ),
          item.correct ? undefined : choiceReasonsView(item.question, item.choices),
          el('p', { class: 'quiz__explanation' }, item.question.explanation),
        ),
      ),
    ),
    toRead.length > 0 ? el('h3', {}, '読み直すとよいレッスン') : undefined,
    toRead.length > 0 ? el('ul', {}, ...toRead) : undefined,
    el(
      'p',
      { class: 'quiz__actions' },
      wrongCount > 0
        ? el(
            'button',
            { type: 'button', 'data-action': 'retry-wrong' },
            `まちがえた${wrongCount}問をもう一度`,
          )
        : undefined,
      el(
        'button',
        { type: 'button', 'data-action': 'restart', class: 'button--quiet' },
        'はじめからもう一度',
      ),
    ),
  );
}
