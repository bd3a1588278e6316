/**
 * The web quiz: the same engine as the LINE bot (@mamoru/quiz), one question at a time, an
 * explanation after each answer, a score at the end, retry of wrong answers. Progress stays in
 * this browser.
 */
import {
  answerQuestion,
  currentQuestionId,
  findQuestion,
  type QuizBank,
  reviewAfterAnswer,
  type Session,
  startSession,
  summarizeSession,
} from '@mamoru/quiz';
import { el, show } from './dom.ts';
import { bankOf, type QuizPageData, readQuizData } from './quiz-data.ts';
import { loadProgress, saveProgress } from './quiz-storage.ts';
import { type AnsweredQuestion, feedbackView, questionView, resultView } from './quiz-views.ts';

const newSessionId = () => crypto.randomUUID();

export function runQuiz(root: HTMLElement, options: { resume: boolean }): void {
  const data = readQuizData();
  const bank = bankOf(data);
  const progress = loadProgress(data.setId);

  const begin = (from: QuizBank, limit?: number) => {
    const session = startSession(from, data.source, { id: newSessionId(), now: new Date(), limit });
    if (!session) {
      show(root, el('h2', {}, 'クイズ'), el('p', {}, '出せる問題がありません。'));
      return;
    }
    ask(session);
  };

  const ask = (session: Session) => {
    progress.session = session;
    saveProgress(data.setId, progress);
    const questionId = currentQuestionId(session);
    const question = questionId ? findQuestion(bank, questionId) : undefined;
    if (!question) return finish(session);
    const form = questionView(question, session.answers.length + 1, session.questionIds.length);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = [...form.querySelectorAll<HTMLInputElement>('input[name="choice"]:checked')].map(
        (input) => Number(input.value),
      );
      const outcome = answerQuestion(
        bank,
        session,
        { sessionId: session.id, questionId: question.id, choices: picked },
        new Date(),
      );
      if (!outcome.ok) {
        const error = form.querySelector('.quiz__error');
        if (error)
          error.textContent =
            question.type === 'multiple' ? '1つ以上選んでください。' : '1つ選んでください。';
        return;
      }
      progress.deck = reviewAfterAnswer(progress.deck, question.id, outcome.grade.correct, new Date());
      progress.session = outcome.session;
      saveProgress(data.setId, progress);
      const isLast = currentQuestionId(outcome.session) === undefined;
      const feedback = feedbackView(question, picked, outcome.grade, data.lessons[question.lesson], isLast);
      feedback.querySelector('[data-action="next"]')?.addEventListener('click', () => ask(outcome.session));
      show(root, feedback);
    });
    show(root, form);
  };

  const finish = (session: Session) => {
    const summary = summarizeSession(bank, session);
    const record = { correct: summary.correct, total: summary.total, at: new Date().toISOString() };
    progress.last = record;
    if (!progress.best || record.correct / record.total > progress.best.correct / progress.best.total) {
      progress.best = record;
    }
    progress.session = undefined;
    saveProgress(data.setId, progress);
    const answered: AnsweredQuestion[] = session.answers.flatMap((answer) => {
      const question = findQuestion(bank, answer.questionId);
      return question ? [{ question, choices: answer.choices, correct: answer.correct }] : [];
    });
    const view = resultView(summary, answered, data.lessons);
    view.querySelector('[data-action="restart"]')?.addEventListener('click', () => begin(bank));
    view.querySelector('[data-action="retry-wrong"]')?.addEventListener('click', () => {
      const wrong = answered.filter((item) => !item.correct).map((item) => item.question);
      begin({ ...bank, questions: wrong }, wrong.length);
    });
    show(root, view);
  };

  if (options.resume && progress.session) ask(progress.session);
  else begin(bank);
}

export type { QuizPageData };
