import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Question } from '../schemas/question.ts';
import { type SeedRecommendation, seedMapSchema } from '../schemas/seed-map.ts';
import type { Content, Deck } from '../types.ts';

/** Reads content/seed-map.yaml (throws with the zod message when it is malformed). */
export function loadSeedMap(contentRoot: string): SeedRecommendation[] {
  const file = path.join(contentRoot, 'seed-map.yaml');
  const result = seedMapSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.message}`);
  return result.data;
}

function deckSlidesFor(deck: Deck, recommendation: SeedRecommendation, content: Content): number[] {
  if (recommendation.decks === 'all') return deck.slides.map((slide) => slide.index + 1);
  const topics = new Set<string>(recommendation.topics);
  const lessonTopics = new Map(content.lessons.map((lesson) => [lesson.id, lesson.topic]));
  const questionTopics = new Map(content.questions.map((question) => [question.id, question.topic]));
  const deckServes = deck.lessons.some((id) => topics.has(lessonTopics.get(id) ?? ''));
  if (!deckServes) return [];
  // Quiz slides name their question, so they can be mapped one by one; content slides count with the deck.
  return deck.slides
    .filter((slide) => slide.kind === 'quiz' && topics.has(questionTopics.get(slide.question ?? '') ?? ''))
    .map((slide) => slide.index + 1);
}

/**
 * When the material was last checked: the oldest `reviewed` among its lessons and questions (a
 * question without its own date counts with its lesson's), so every piece was checked on or after it.
 */
function oldestCheck(content: Content, lessonIds: readonly string[], questions: readonly Question[]): string {
  const lessonDates = new Map(content.lessons.map((lesson) => [lesson.id, lesson.reviewed]));
  const dates = [
    ...lessonIds.map((id) => lessonDates.get(id)),
    ...questions.map((question) => question.reviewed ?? lessonDates.get(question.lesson)),
  ].filter((date) => date !== undefined);
  if (dates.length === 0) return '—';
  return new Date(Math.min(...dates.map((date) => date.getTime()))).toISOString().slice(0, 10);
}

/** Markdown table: each recommendation of the seed paper and the lessons, questions and slides serving it. */
export function renderSeedCoverage(content: Content, seedMap: readonly SeedRecommendation[]): string {
  const rows = seedMap.map((recommendation) => {
    const topics = new Set<string>(recommendation.topics);
    const lessons = content.lessons.filter((lesson) => topics.has(lesson.topic));
    const questions = content.questions.filter(
      (question) => topics.has(question.topic) && !question.examArea,
    );
    const exam = content.questions.filter((question) => question.examArea);
    const questionCell = [
      questions.length > 0
        ? `${questions.length}: ${questions.map((question) => question.id).join(', ')}`
        : '',
      recommendation.examPractice ? `exam-practice set: ${exam.length}` : '',
    ]
      .filter(Boolean)
      .join('<br>');
    const decks = content.decks
      .map((deck) => {
        const slides = deckSlidesFor(deck, recommendation, content);
        const lessonHits = deck.lessons.filter((id) => lessons.some((lesson) => lesson.id === id)).length;
        if (recommendation.decks === 'all') return `${deck.id} (all ${deck.slides.length} slides)`;
        if (lessonHits === 0) return '';
        return slides.length > 0 ? `${deck.id} (quiz slides ${slides.join(', ')})` : `${deck.id}`;
      })
      .filter(Boolean)
      .join('<br>');
    const lessonCell = lessons.map((lesson) => `[${lesson.title}](../${lesson.file})`).join('<br>');
    const checked = oldestCheck(
      content,
      lessons.map((lesson) => lesson.id),
      [...questions, ...(recommendation.examPractice ? exam : [])],
    );
    return `| ${recommendation.section} | ${recommendation.title} | ${lessonCell || '—'} | ${questionCell || '—'} | ${decks || '—'} | ${checked} |`;
  });
  return [
    '# Seed paper coverage',
    '',
    'Each recommendation of 東京商工会議所「中小・小規模事業者の情報セキュリティ対策の強化に向けた意見」',
    '(2016年4月14日) and the lessons, quiz questions and deck slides that serve it. Generated from',
    '`content/seed-map.yaml` and the content by `pnpm --filter @mamoru/content docs`; a test keeps it current.',
    '"last checked" is the oldest `reviewed` date of the lessons and questions in the row: every piece of',
    'that material had its facts checked on or after that day (`pnpm content:check` warns after 12 months).',
    '',
    '| section | recommendation | lessons | questions | decks (slide numbers) | last checked |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
