import { checkLessonBody } from '../mdx/check-lesson-mdx.ts';
import type { CheckContext } from './context.ts';

/**
 * mdx-*: every lesson goes through the MDX parser the site renders with (src/mdx/). Returns the
 * lessons that do not parse, so that textlint (whose MDX plugin would fail on them too, without a
 * position) leaves them to this report.
 */
export function checkLessonMdx(context: CheckContext): Set<string> {
  const unparsable = new Set<string>();
  for (const lesson of context.content.lessons) {
    const startLine = context.sources.get(lesson)?.bodyStartLine ?? 1;
    for (const { line, column, rule, message } of checkLessonBody(lesson.body, startLine)) {
      if (rule === 'mdx-syntax') unparsable.add(lesson.file);
      context.report({ file: lesson.file, line, column, rule, message });
    }
  }
  return unparsable;
}
