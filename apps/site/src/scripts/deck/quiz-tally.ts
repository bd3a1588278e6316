import { tallyPercents } from '@mamoru/decks/runtime';

/**
 * Shows how the room answered a quiz (live mode): fills each choice's tally slot rendered by
 * components/deck/QuizQuestion.astro. Nothing sends tallies yet; a later LINE live mode will post
 * "tally" messages on the deck's BroadcastChannel (see @mamoru/decks sync-protocol).
 */
export function showTally(root: ParentNode, questionId: string, counts: readonly number[]): void {
  const percents = tallyPercents(counts);
  for (const unit of root.querySelectorAll<HTMLElement>(
    `.slide-unit[data-question-id="${CSS.escape(questionId)}"]`,
  )) {
    for (const choice of unit.querySelectorAll<HTMLElement>('.quiz-choice')) {
      const index = Number(choice.dataset.choiceIndex);
      const tally = choice.querySelector<HTMLElement>('[data-quiz-tally]');
      if (!tally) continue;
      tally.hidden = false;
      const bar = tally.querySelector<HTMLElement>('.quiz-tally-bar');
      const count = tally.querySelector<HTMLElement>('.quiz-tally-count');
      // CSSOM writes are allowed under the site's style-src 'self' policy (style attributes in HTML are not).
      if (bar) bar.style.inlineSize = `${percents[index] ?? 0}%`;
      if (count) count.textContent = `${counts[index] ?? 0}人`;
    }
  }
}
