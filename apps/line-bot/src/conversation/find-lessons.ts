import type { Catalog, LessonRef } from '../content/catalog.ts';
import { fold } from './fold.ts';

/** Words too general to point at a lesson. */
const STOP_WORDS = new Set(
  [
    'クイズ',
    'テスト',
    'レッスン',
    'ヘルプ',
    'メニュー',
    '問題',
    '大丈夫',
    '何文字',
    '教えて',
    'おしえて',
  ].map(fold),
);

/**
 * The words of a message worth looking up: runs of katakana, of kanji and of latin letters or digits
 * (2+ characters), hiragana runs of 4+ (だましの), and the whole message when it is kana only
 * (めーる). Japanese has no spaces, so script changes are the word breaks a lookup can rely on.
 */
export function keywordsOf(text: string): string[] {
  const nfkc = text.normalize('NFKC');
  const runs = [
    ...(nfkc.match(/[\p{Script=Katakana}ー]{2,}/gu) ?? []),
    ...(nfkc.match(/\p{Script=Han}{2,}/gu) ?? []),
    ...(nfkc.match(/[A-Za-z0-9]{2,}/g) ?? []),
    ...(nfkc.match(/[\p{Script=Hiragana}ー]{4,}/gu) ?? []),
  ];
  const whole = nfkc.replace(/[\s。、!?・]/gu, '');
  if (/^[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}$/u.test(whole)) runs.push(whole);
  return [...new Set(runs.map(fold))].filter((word) => !STOP_WORDS.has(word));
}

interface Indexed {
  lesson: LessonRef;
  title: string;
  summary: string;
  takeaways: string;
}

const indexes = new WeakMap<Catalog, Indexed[]>();
function indexOf(catalog: Catalog): Indexed[] {
  let index = indexes.get(catalog);
  if (!index) {
    index = [...catalog.lessonSets.values()].flat().map((lesson) => ({
      lesson,
      title: fold(lesson.title),
      summary: fold(lesson.summary),
      takeaways: fold(lesson.takeaways.join('\n')),
    }));
    indexes.set(catalog, index);
  }
  return index;
}

/** Glossary terms named in the text (by term, alias or reading), as their folded term. */
function termsIn(catalog: Catalog, folded: string): { term: string; topic: string }[] {
  return catalog.glossary
    .filter((entry) =>
      [entry.term, ...entry.aliases, ...(entry.reading.length >= 3 ? [entry.reading] : [])]
        .map(fold)
        .some((form) => form.length >= 2 && folded.includes(form)),
    )
    .map((entry) => ({ term: fold(entry.term), topic: entry.topic }));
}

/**
 * Lessons (with a quiz set) that a message is about, best first, at most `max`: from the lesson
 * titles, summaries and takeaways and the glossary, never from a hand-written table. A title hit
 * counts most; a glossary term also points at its topic's lessons.
 */
export function findLessons(catalog: Catalog, text: string, max = 3): LessonRef[] {
  const folded = fold(text);
  const terms = termsIn(catalog, folded);
  const words = [...new Set([...keywordsOf(text), ...terms.map((t) => t.term)])];
  if (words.length === 0) return [];
  const termTopics = new Set(terms.map((t) => t.topic));
  const scored = indexOf(catalog).map((entry, order) => {
    let score = 0;
    for (const word of words) {
      if (entry.title.includes(word)) score += 5;
      if (entry.summary.includes(word)) score += 2;
      if (entry.takeaways.includes(word)) score += 1;
    }
    if (score > 0 && termTopics.has(entry.lesson.topic)) score += 1;
    return { lesson: entry.lesson, score, order };
  });
  return scored
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((s) => s.lesson);
}
