/**
 * The quiz page's first script: shows saved progress and enables the start button. The quiz
 * engine and the question view load only when the reader starts (or continues) a quiz.
 */
import { loadProgress } from './quiz-storage.ts';

export function prepareQuizPage(): void {
  const root = document.getElementById('quiz');
  const start = document.getElementById('quiz-start');
  const progressLine = document.getElementById('quiz-progress');
  if (!root || !(start instanceof HTMLButtonElement) || !progressLine) return;
  const setId = JSON.parse(document.getElementById('quiz-data')?.textContent ?? '{}').setId as string;
  const progress = loadProgress(setId);

  if (progress.last) {
    progressLine.textContent = `前回：${progress.last.total}問中${progress.last.correct}問正解${
      progress.best ? `（いちばん良かったのは${progress.best.total}問中${progress.best.correct}問）` : ''
    }`;
    progressLine.hidden = false;
  }
  const resumable = progress.session !== undefined;
  if (resumable) start.textContent = '続きから始める';
  start.disabled = false;
  start.addEventListener('click', async () => {
    start.disabled = true;
    const { runQuiz } = await import('./run-quiz.ts');
    runQuiz(root, { resume: resumable });
  });
}
