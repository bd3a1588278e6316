import { markdownToPlainText } from '../load/plain-text.ts';
import type { CheckContext } from './context.ts';

/** Reading speed the README promises authors: about 500 characters of body a minute. */
export const CHARACTERS_PER_MINUTE = 500;

/** Lesson minutes within half to double the estimate (plus a minute of slack); deck slides add up. */
export function checkMinutes(context: CheckContext): void {
  const { content, sources, report } = context;
  for (const lesson of content.lessons) {
    const characters = markdownToPlainText(lesson.body).replace(/\s/g, '').length;
    const estimate = characters / CHARACTERS_PER_MINUTE;
    const low = Math.max(1, Math.floor(estimate / 2));
    const high = Math.ceil(estimate * 2) + 1;
    if (lesson.minutes >= low && lesson.minutes <= high) continue;
    report({
      file: lesson.file,
      ...(sources.get(lesson)?.locate(['minutes']) ?? { line: 1, column: 1 }),
      rule: 'lesson-minutes',
      message: `minutes: ${lesson.minutes} は本文 ${characters} 文字（約 ${Math.max(1, Math.round(estimate))} 分）と合いません（${low}〜${high} にしてください）`,
    });
  }
  for (const deck of content.decks) {
    const total = deck.slides.reduce((sum, slide) => sum + (slide.minutes ?? 0), 0);
    if (Math.abs(total - deck.durationMinutes) < 0.01) continue;
    const missing = deck.slides.filter((slide) => slide.minutes === undefined).length;
    report({
      file: deck.file,
      ...(sources.get(deck)?.locate(['durationMinutes']) ?? { line: 1, column: 1 }),
      rule: 'deck-minutes',
      message: `スライドの minutes の合計 ${total} 分が durationMinutes ${deck.durationMinutes} 分と違います${missing > 0 ? `（minutes のないスライドが ${missing} 枚）` : ''}`,
    });
  }
}
