import type { CollectedContent } from '../load/collect.ts';
import type { Problem } from '../problem.ts';

/** What every check rule receives: the loaded content with its sources, and a place to report. */
export interface CheckContext extends CollectedContent {
  report(problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }): void;
}

/** 1-based line and column of `offset` within `text`, shifted by the line `text` starts on. */
export function positionIn(
  text: string,
  offset: number,
  startLine: number,
): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineIndex = before.split('\n').length - 1;
  return { line: startLine + lineIndex, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
