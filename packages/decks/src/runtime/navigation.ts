/**
 * Where the audience is in a deck: a slide and a step within it. A content slide has one step;
 * a quiz slide has two (the question, then the answer and its explanation).
 */
export interface DeckPosition {
  /** 0-based slide index. */
  index: number;
  /** 0-based step within the slide. */
  step: number;
}

export type SlideKind = 'content' | 'quiz';

/** Steps a slide of this kind goes through before the next key moves to the next slide. */
export function stepsOf(kind: SlideKind): number {
  return kind === 'quiz' ? 2 : 1;
}

/** Keeps a position inside the deck, whatever a URL or a message asked for. */
export function clampPosition(position: DeckPosition, stepCounts: readonly number[]): DeckPosition {
  if (stepCounts.length === 0) return { index: 0, step: 0 };
  const index = Math.min(Math.max(0, Math.trunc(position.index) || 0), stepCounts.length - 1);
  const last = (stepCounts[index] ?? 1) - 1;
  const step = Math.min(Math.max(0, Math.trunc(position.step) || 0), last);
  return { index, step };
}

/** The next step, or the next slide; stays put on the last step of the last slide. */
export function nextPosition(position: DeckPosition, stepCounts: readonly number[]): DeckPosition {
  const current = clampPosition(position, stepCounts);
  const steps = stepCounts[current.index] ?? 1;
  if (current.step < steps - 1) return { index: current.index, step: current.step + 1 };
  if (current.index < stepCounts.length - 1) return { index: current.index + 1, step: 0 };
  return current;
}

/**
 * The previous step, or the previous slide at its last step (a quiz the presenter goes back to
 * shows its answer again, as the audience last saw it).
 */
export function previousPosition(position: DeckPosition, stepCounts: readonly number[]): DeckPosition {
  const current = clampPosition(position, stepCounts);
  if (current.step > 0) return { index: current.index, step: current.step - 1 };
  if (current.index > 0) {
    const index = current.index - 1;
    return { index, step: (stepCounts[index] ?? 1) - 1 };
  }
  return current;
}

export function firstPosition(): DeckPosition {
  return { index: 0, step: 0 };
}

export function lastPosition(stepCounts: readonly number[]): DeckPosition {
  return { index: Math.max(0, stepCounts.length - 1), step: 0 };
}

export function samePosition(a: DeckPosition, b: DeckPosition): boolean {
  return a.index === b.index && a.step === b.step;
}

/**
 * The counter the views show: 「3 / 22」, and on a slide with steps the step as a letter, 「3a / 22」
 * before a quiz's answer and 「3b / 22」 after it, so a presenter sees that → first reveals the answer.
 */
export function positionLabel(position: DeckPosition, stepCounts: readonly number[]): string {
  const { index, step } = clampPosition(position, stepCounts);
  const steps = stepCounts[index] ?? 1;
  const stepLetter = steps > 1 ? String.fromCharCode('a'.charCodeAt(0) + step) : '';
  return `${index + 1}${stepLetter} / ${stepCounts.length}`;
}
