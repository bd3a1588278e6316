import path from 'node:path';
import { displayPath } from '../load/locations.ts';
import { lessonPath } from '../paths.ts';
import { TOPIC_IDS } from '../schemas/topics.ts';
import { type CheckContext, positionIn } from './context.ts';
import { lessonAndDeckBodies } from './lesson-and-deck-bodies.ts';

const LESSON_LINK = /\]\((\/lessons\/[^)\s]*)\)|href=["'](\/lessons\/[^"']*)["']/g;
const TERM_ID = /<Term\s+id=["']([^"']*)["']/g;

/** Quiz -> lesson, deck -> lessons and questions, links between lessons, <Term id>, topic coverage. */
export function checkReferences(context: CheckContext, options: { requireEveryTopic: boolean }): void {
  const { content, sources, report } = context;
  const lessonIds = new Set(content.lessons.map((lesson) => lesson.id));
  const questionIds = new Set(content.questions.map((question) => question.id));
  const termIds = new Set(content.glossary.map((term) => term.id));

  for (const question of content.questions) {
    if (lessonIds.has(question.lesson)) continue;
    const info = sources.get(question);
    report({
      file: info?.file ?? '',
      ...(info?.locate(['lesson']) ?? { line: 1, column: 1 }),
      rule: 'ref-lesson',
      message: `問題 ${question.id} の lesson "${question.lesson}" というレッスンはありません`,
    });
  }

  for (const deck of content.decks) {
    const info = sources.get(deck);
    deck.lessons.forEach((id, index) => {
      if (lessonIds.has(id)) return;
      report({
        file: deck.file,
        ...(info?.locate(['lessons', index]) ?? { line: 1, column: 1 }),
        rule: 'ref-lesson',
        message: `lessons の "${id}" というレッスンはありません`,
      });
    });
    for (const slide of deck.slides) {
      if (slide.question === undefined || questionIds.has(slide.question)) continue;
      report({
        file: deck.file,
        line: info?.slideLines?.[slide.index] ?? 1,
        column: 1,
        rule: 'ref-question',
        message: `<QuizSlide question="${slide.question}"> の問題がありません`,
      });
    }
  }

  for (const { file, body, startLine } of lessonAndDeckBodies(context)) {
    for (const match of body.matchAll(LESSON_LINK)) {
      const href = (match[1] ?? match[2] ?? '').replace(/[#?].*$/, '');
      const id = href.replace(/^\/lessons\//, '').replace(/\/$/, '');
      if (lessonIds.has(id) && href === lessonPath(id)) continue;
      report({
        file,
        ...positionIn(body, match.index, startLine),
        rule: 'ref-link',
        message: lessonIds.has(id)
          ? `リンク ${href} は ${lessonPath(id)} の形にしてください`
          : `リンク先のレッスン "${id}" はありません`,
      });
    }
    for (const match of body.matchAll(TERM_ID)) {
      if (termIds.has(match[1] ?? '')) continue;
      report({
        file,
        ...positionIn(body, match.index, startLine),
        rule: 'ref-term',
        message: `<Term id="${match[1]}"> の用語が用語集（glossary）にありません`,
      });
    }
  }

  if (!options.requireEveryTopic) return;
  const topicsWithLessons = new Set(content.lessons.map((lesson) => lesson.topic));
  for (const topic of TOPIC_IDS) {
    if (topicsWithLessons.has(topic)) continue;
    report({
      file: `${displayPath(path.join(context.root, 'lessons', topic))}/`,
      line: 1,
      column: 1,
      rule: 'topic-empty',
      message: `トピック ${topic} にレッスンが1つもありません`,
    });
  }
}
