import { readFile } from 'node:fs/promises';
import { freshnessConfig } from '../../freshness.config.ts';
import { readabilityConfig } from '../../readability.config.ts';
import { collectContent } from '../load/collect.ts';
import { compareProblems, type Problem } from '../problem.ts';
import { measureReadability, type ReadabilityScore } from '../readability/measure.ts';
import { TOPIC_IDS } from '../schemas/topics.ts';
import { checkChannelLimits } from './channel-limits.ts';
import { checkChoiceWhy } from './choice-why.ts';
import type { CheckContext } from './context.ts';
import { checkDeckComponents } from './deck-components.ts';
import { checkDeckFigurePerSlide } from './deck-figure-per-slide.ts';
import { checkFigureDrawings } from './figure-drawings.ts';
import { checkFigureReferences, checkFigures, checkQuestionFigures, figureIdsIn } from './figures.ts';
import { checkFreshness } from './freshness.ts';
import { checkGlossaryPlain } from './glossary-plain.ts';
import { checkGlossarySpellings } from './glossary-spellings.ts';
import { lessonAndDeckBodies } from './lesson-and-deck-bodies.ts';
import { checkLessonMdx } from './lesson-mdx.ts';
import { checkLessonStructure } from './lesson-structure.ts';
import { checkMinutes } from './minutes.ts';
import { checkReadability } from './readability.ts';
import { checkReferences } from './references.ts';
import { checkSpellingsInData } from './spellings-in-data.ts';
import { lintTexts } from './textlint.ts';

export interface CheckOptions {
  /** Content root; defaults to this package's folder. */
  root?: string;
  /** Report topics without lessons (on for the real content; small test roots turn it off). */
  requireEveryTopic?: boolean;
  /** Reuse textlint results of unchanged files from this file (the CLI's default; off in the API). */
  textlintCacheFile?: string;
  /** The day `reviewed` dates are measured from (default: now); tests fix it. */
  today?: Date;
  /** Progress lines (for stderr). */
  onProgress?: (message: string) => void;
}

type ReportedProblem = Omit<Problem, 'severity'>;

/** The checker's JSON report (`pnpm content:check --json`). */
export interface CheckReport {
  ok: boolean;
  counts: {
    lessons: number;
    decks: number;
    questions: number;
    glossary: number;
    figures: number;
    /** Per topic: lessons, questions and the figure ids its lessons place. */
    byTopic: Record<string, { lessons: number; questions: number; figures: string[] }>;
    /** Per deck id: the figure ids its slides place, in slide order. */
    byDeck: Record<string, { figures: string[] }>;
  };
  errors: ReportedProblem[];
  warnings: ReportedProblem[];
  readability: ReadabilityScore[];
}

/** Runs every content rule and returns all problems (one broken file never hides another). */
export async function checkContent(options: CheckOptions = {}): Promise<CheckReport> {
  const progress = options.onProgress ?? (() => {});
  const collected = await collectContent(options.root);
  const problems: Problem[] = [...collected.problems];
  const context: CheckContext = {
    ...collected,
    report: (problem) => problems.push({ severity: 'error', ...problem }),
  };
  const { content } = collected;
  progress(
    `loaded ${content.lessons.length} lessons, ${content.questions.length} questions, ${content.glossary.length} terms, ${content.decks.length} decks, ${content.figures.length} figures`,
  );

  checkReferences(context, { requireEveryTopic: options.requireEveryTopic ?? true });
  checkMinutes(context);
  checkLessonStructure(context);
  const unparsable = checkLessonMdx(context);
  checkDeckComponents(context);
  checkGlossaryPlain(context);
  checkGlossarySpellings(context);
  checkChannelLimits(context);
  checkFreshness(context, freshnessConfig, options.today ?? new Date());
  checkSpellingsInData(context);
  checkChoiceWhy(context);
  checkFigures(content.figures, collected.sources, context.report);
  const figureIds = new Set(content.figures.map((figure) => figure.id));
  checkFigureReferences(lessonAndDeckBodies(context), figureIds, context.report);
  const lessonBodies = new Map(content.lessons.map((lesson) => [lesson.id, lesson.body]));
  checkQuestionFigures(content.questions, figureIds, lessonBodies, collected.sources, context.report);
  checkDeckFigurePerSlide(context);
  await checkFigureDrawings(collected.root, context.report);

  progress('textlint ...');
  const targets = await Promise.all(
    lessonAndDeckBodies(context)
      .filter(({ file }) => !unparsable.has(file))
      .map(async ({ file, absolutePath }) => ({
        file,
        text: await readFile(absolutePath, 'utf8'),
      })),
  );
  const cacheOption = options.textlintCacheFile === undefined ? {} : { cacheFile: options.textlintCacheFile };
  problems.push(...(await lintTexts(targets, content.glossary, cacheOption)));

  progress('readability ...');
  const readability: ReadabilityScore[] = [];
  for (const lesson of content.lessons) readability.push(await measureReadability(lesson.id, lesson.body));
  checkReadability(context, readability, readabilityConfig);

  problems.sort(compareProblems);
  const strip = ({ severity: _severity, ...rest }: Problem): ReportedProblem => rest;
  const errors = problems.filter((problem) => problem.severity === 'error').map(strip);
  const warnings = problems.filter((problem) => problem.severity === 'warning').map(strip);
  const byTopic: CheckReport['counts']['byTopic'] = {};
  for (const topic of TOPIC_IDS) {
    const lessons = content.lessons.filter((lesson) => lesson.topic === topic);
    byTopic[topic] = {
      lessons: lessons.length,
      questions: content.questions.filter((question) => question.topic === topic).length,
      figures: figureIdsIn(lessons.map((lesson) => lesson.body).join('\n')),
    };
  }
  const byDeck: CheckReport['counts']['byDeck'] = {};
  for (const deck of content.decks) {
    byDeck[deck.id] = { figures: figureIdsIn(deck.slides.map((slide) => slide.body).join('\n')) };
  }
  return {
    ok: errors.length === 0,
    counts: {
      lessons: content.lessons.length,
      decks: content.decks.length,
      questions: content.questions.length,
      glossary: content.glossary.length,
      figures: content.figures.length,
      byTopic,
      byDeck,
    },
    errors,
    warnings,
    readability,
  };
}
