/** One thing wrong with the content, located so an author can jump to it. */
export interface Problem {
  /** Path relative to the repository root (absolute when the content root lies outside it). */
  file: string;
  /** 1-based line; 1 when a problem concerns a whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable rule id, e.g. `schema`, `ref-lesson`, `textlint/sentence-length`. */
  rule: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Thrown by loadContent() when files cannot be read as valid content; lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > 20 ? `\n... and ${problems.length - 20} more` : '';
    super(`Content has ${problems.length} problem(s):\n${lines.join('\n')}${more}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `path:line:column  rule-id  message`, the checker's line format. */
export function formatProblem(problem: Omit<Problem, 'severity'>): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.rule}  ${problem.message}`;
}

/** Stable order for reports: by file, then position. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}
