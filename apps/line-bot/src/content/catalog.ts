import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { examItemPath, figureImagePath, lessonFigurePath, lessonPath } from '@mamoru/content/paths';
import { typicalLessonMinutes } from '@mamoru/content/reading-time';
import { type FirstSteps, firstStepsSchema, questionSchema, TOPICS } from '@mamoru/content/schemas';
import { privacyNoticeUrl } from '@mamoru/operator';
import type { QuizBank } from '@mamoru/quiz';
import { z } from 'zod';

const contentSchema = z.object({
  lessons: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      topic: z.string(),
      summary: z.string().default(''),
      takeaways: z.array(z.string()).default([]),
      minutes: z.number().int().positive().optional(),
    }),
  ),
  questions: z.array(questionSchema),
  glossary: z
    .array(
      z.object({
        term: z.string(),
        reading: z.string(),
        aliases: z.array(z.string()).default([]),
        topic: z.string(),
      }),
    )
    .default([]),
  tracks: z.object({ owner: z.array(z.string()), staff: z.array(z.string()) }),
  help: z.object(
    { firstSteps: firstStepsSchema },
    { error: 'content.json has no help: rebuild the content' },
  ),
  /** Seminar decks (live seminars name one). */
  decks: z.array(z.looseObject({ id: z.string() })).default([]),
});

export type ContentJson = z.input<typeof contentSchema>;

export interface LessonRef {
  id: string;
  title: string;
  topic: string;
  summary: string;
  takeaways: readonly string[];
  /** Reading time in minutes, as the site shows it. */
  minutes?: number | undefined;
}

/** A glossary term, as the free-text lookup needs it. */
export interface TermRef {
  term: string;
  reading: string;
  aliases: readonly string[];
  topic: string;
}

/** What the conversation needs from the content, plus the site's address. */
export interface Catalog {
  bank: QuizBank;
  /** Lessons in curriculum order. */
  lessons: ReadonlyMap<string, LessonRef>;
  /** Lessons with questions (a quiz set each), per topic, in curriculum order. */
  lessonSets: ReadonlyMap<string, readonly LessonRef[]>;
  glossary: readonly TermRef[];
  /** The first steps of 困ったときは (content/help/first-steps.yaml). */
  firstSteps: FirstSteps;
  /** Topics that have questions, in curriculum order. */
  quizTopics: readonly { id: string; title: string; description: string }[];
  topicTitle(id: string): string;
  lessonUrl(lessonId: string): string;
  /** SITE_URL + /help/ (困ったときは). */
  helpUrl: string;
  /** SITE_URL + /privacy/: the operator's privacy notice for this bot. */
  privacyUrl: string;
  /** The site page of one 科目B item (its case, question and answer). */
  examItemUrl(questionId: string): string;
  /**
   * A figure's PNG (drawn at site build), or undefined when the site is not on HTTPS: LINE shows
   * images from HTTPS addresses only.
   */
  figureImageUrl(figureId: string): string | undefined;
  /** A figure in its lesson, with the data table beside it. */
  lessonFigureUrl(lessonId: string, figureId: string): string;
  siteUrl: string;
  deckIds: ReadonlySet<string>;
  /** A typical lesson's reading time, as the site's home page states it; undefined when unknown. */
  lessonMinutes: number | undefined;
}

export function buildCatalog(content: ContentJson, siteUrl: string): Catalog {
  const parsed = contentSchema.parse(content);
  const lessons = new Map(parsed.lessons.map((l) => [l.id, l]));
  const withQuestions = new Set(parsed.questions.filter((q) => q.examArea === undefined).map((q) => q.topic));
  const titles = new Map<string, string>(TOPICS.map((t) => [t.id, t.title]));
  const quizzed = new Set(parsed.questions.filter((q) => q.examArea === undefined).map((q) => q.lesson));
  const lessonSets = new Map<string, LessonRef[]>();
  for (const lesson of parsed.lessons) {
    if (!quizzed.has(lesson.id)) continue;
    lessonSets.set(lesson.topic, [...(lessonSets.get(lesson.topic) ?? []), lesson]);
  }
  return {
    bank: { questions: parsed.questions, tracks: parsed.tracks },
    lessons,
    lessonSets,
    glossary: parsed.glossary,
    firstSteps: parsed.help.firstSteps,
    helpUrl: `${siteUrl}/help/`,
    privacyUrl: privacyNoticeUrl(siteUrl),
    quizTopics: TOPICS.filter((t) => withQuestions.has(t.id)).map(({ id, title, description }) => ({
      id,
      title,
      description,
    })),
    topicTitle: (id) => titles.get(id) ?? id,
    lessonUrl: (lessonId) => `${siteUrl}${lessonPath(lessonId)}`,
    examItemUrl: (questionId) => `${siteUrl}${examItemPath(questionId)}`,
    figureImageUrl: (figureId) =>
      siteUrl.startsWith('https://') ? `${siteUrl}${figureImagePath(figureId)}` : undefined,
    lessonFigureUrl: (lessonId, figureId) => `${siteUrl}${lessonFigurePath(lessonId, figureId)}`,
    siteUrl,
    deckIds: new Set(parsed.decks.map((d) => d.id)),
    lessonMinutes: typicalLessonMinutes(parsed.lessons),
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
