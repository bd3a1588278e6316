import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { examItemPath, lessonPath } from '@mamoru/content/paths';
import { questionSchema, TOPICS } from '@mamoru/content/schemas';
import type { QuizBank } from '@mamoru/quiz';
import { z } from 'zod';

const contentSchema = z.object({
  lessons: z.array(z.object({ id: z.string(), title: z.string(), topic: z.string() })),
  questions: z.array(questionSchema),
  tracks: z.object({ owner: z.array(z.string()), staff: z.array(z.string()) }),
});

export type ContentJson = z.input<typeof contentSchema>;

export interface LessonRef {
  id: string;
  title: string;
  topic: string;
}

/** What the conversation needs from the content, plus the site's address. */
export interface Catalog {
  bank: QuizBank;
  lessons: ReadonlyMap<string, LessonRef>;
  /** Topics that have questions, in curriculum order. */
  quizTopics: readonly { id: string; title: string }[];
  topicTitle(id: string): string;
  lessonUrl(lessonId: string): string;
  /** The site page of one 科目B item (its case, question and answer). */
  examItemUrl(questionId: string): string;
  siteUrl: string;
}

export function buildCatalog(content: ContentJson, siteUrl: string): Catalog {
  const parsed = contentSchema.parse(content);
  const lessons = new Map(parsed.lessons.map((l) => [l.id, l]));
  const withQuestions = new Set(parsed.questions.filter((q) => q.examArea === undefined).map((q) => q.topic));
  const titles = new Map<string, string>(TOPICS.map((t) => [t.id, t.title]));
  return {
    bank: { questions: parsed.questions, tracks: parsed.tracks },
    lessons,
    quizTopics: TOPICS.filter((t) => withQuestions.has(t.id)).map((t) => ({ id: t.id, title: t.title })),
    topicTitle: (id) => titles.get(id) ?? id,
    lessonUrl: (lessonId) => `${siteUrl}${lessonPath(lessonId)}`,
    examItemUrl: (questionId) => `${siteUrl}${examItemPath(questionId)}`,
    siteUrl,
  };
}

/** content/dist/content.json, built by `pnpm --filter @mamoru/content build`. */
export function defaultContentPath(): string {
  return fileURLToPath(import.meta.resolve('@mamoru/content/content.json'));
}

export function loadCatalog(siteUrl: string, path = defaultContentPath()): Catalog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run \`pnpm --filter @mamoru/content build\` first.`);
  }
  return buildCatalog(JSON.parse(text) as ContentJson, siteUrl);
}
