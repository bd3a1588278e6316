import type { CheckContext } from './context.ts';

const TODAY_HEADING = '## 今日やること';

/** Every lesson ends with a `## 今日やること` section of 1-3 things the reader can do today. */
export function checkLessonStructure(context: CheckContext): void {
  for (const lesson of context.content.lessons) {
    const startLine = context.sources.get(lesson)?.bodyStartLine ?? 1;
    const lines = lesson.body.split('\n');
    const headings = lines.flatMap((line, index) =>
      /^##\s/.test(line) ? [{ line: line.trim(), index }] : [],
    );
    const last = headings.at(-1);
    if (last?.line !== TODAY_HEADING) {
      context.report({
        file: lesson.file,
        line: last ? startLine + last.index : startLine,
        column: 1,
        rule: 'lesson-today',
        message: `レッスンの最後の見出しは「${TODAY_HEADING}」にしてください（今日できることを1つから3つ）`,
      });
      continue;
    }
    const items = lines.slice(last.index + 1).filter((line) => /^(?:[-*+]|\d+\.)\s/.test(line)).length;
    if (items < 1 || items > 3) {
      context.report({
        file: lesson.file,
        line: startLine + last.index,
        column: 1,
        rule: 'lesson-today',
        message: `「今日やること」は箇条書きで1つから3つにしてください（いま ${items} 個）`,
      });
    }
  }
}
