/**
 * Text size of the presenter's notes, as a factor of the stylesheet's size: A− and A+ step through
 * these, and the browser keeps the choice (one instructor, one laptop).
 */
export const NOTES_SCALES = [0.7, 0.8, 0.9, 1, 1.15, 1.3, 1.5] as const;
export const DEFAULT_NOTES_SCALE_INDEX = NOTES_SCALES.indexOf(1);

/** The step after moving `delta` from `index`, held at both ends; a stored value that is not a step reads as the default. */
export function stepNotesScale(index: number | undefined, delta: number): number {
  const start =
    Number.isInteger(index) && index !== undefined && NOTES_SCALES[index] !== undefined
      ? index
      : DEFAULT_NOTES_SCALE_INDEX;
  return Math.min(NOTES_SCALES.length - 1, Math.max(0, start + delta));
}
