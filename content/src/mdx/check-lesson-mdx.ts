import { findMdxProblems, type MdxProblem } from './lesson-mdx-problems.ts';
import { parseMdx } from './parse-mdx.ts';

/**
 * A lesson body through the MDX parser: its syntax error (MDX's own words, at its line and column)
 * or every use of MDX a lesson may not make. `startLine` is the file line the body starts on, so
 * lines (also those inside MDX's message) are the file's.
 */
export function checkLessonBody(body: string, startLine = 1): MdxProblem[] {
  const shift = (line: number) => line + startLine - 1;
  const parsed = parseMdx(body);
  if (parsed.tree) {
    return findMdxProblems(parsed.tree).map((problem) => ({ ...problem, line: shift(problem.line) }));
  }
  const { line, column, reason } = parsed.error;
  const inFileLines = reason.replace(
    /\((\d+):(\d+)\)/g,
    (_whole, at: string, col: string) => `(${shift(Number(at))}:${col})`,
  );
  return [{ line: shift(line), column, rule: 'mdx-syntax', message: `MDX として読めません: ${inFileLines}` }];
}
