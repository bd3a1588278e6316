import { currentQuestionId, findQuestion } from '@mamoru/quiz';
import { menuActions } from '../messages/commands.ts';
import { CHOICE_MARKS } from '../messages/question.ts';
import { text } from '../messages/ui.ts';
import { fold } from './fold.ts';
import type { Context, Outcome } from './outcome.ts';
import { submitAnswer } from './quiz-flow.ts';
import { inProgress, type UserState } from './state.ts';

/**
 * 「ア」, 「1」 or (for a multiple-answer question) 「アウ」 typed while a question is open: the
 * answer to that question, as if its buttons were pressed (LINE on a PC shows fewer buttons).
 */
export function typedAnswer(said: string, state: UserState, ctx: Context): Outcome | undefined {
  if (!inProgress(state) || !state.session) return undefined;
  const marks = fold(said).replace(/[\s・、,.]/gu, '');
  if (!/^[アイウエオカキクケコ1-9]{1,10}$/u.test(marks)) return undefined;
  const questionId = currentQuestionId(state.session);
  if (questionId !== state.askedQuestion) {
    // Not shown yet: answering it unseen would count a guess.
    return { state, replies: [text('次の問題は「続き」と送ると出てきます。', menuActions('resume'))] };
  }
  const question = questionId ? findQuestion(ctx.catalog.bank, questionId) : undefined;
  if (!question || !questionId) return undefined;
  const choices = [...marks].map((m) =>
    /\d/.test(m) ? Number(m) - 1 : CHOICE_MARKS.indexOf(m as (typeof CHOICE_MARKS)[number]),
  );
  const unique = [...new Set(choices)].sort((a, b) => a - b);
  if (unique.some((c) => c < 0 || c >= question.choices.length)) return undefined;
  if (question.type !== 'multiple' && unique.length !== 1) return undefined;
  return submitAnswer(state, { sessionId: state.session.id, questionId, choices: unique }, ctx);
}
