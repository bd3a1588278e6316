import { collectContent, collectGlossary } from './load/collect.ts';
import { loadLessons } from './load/load-lessons.ts';
import { PACKAGE_DIR } from './load/locations.ts';
import type { SourceMap } from './load/source-info.ts';
import { ContentError, compareProblems, type Problem } from './problem.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';
import type { Content, Lesson } from './types.ts';

export interface LoadContentOptions {
  /** Content root (the folder holding lessons/, glossary/, quizzes/, decks/); defaults to this package. */
  root?: string;
}

export interface LoadContentFromOptions extends LoadContentOptions {
  /**
   * Lessons read already by loadLessonFiles() (the site's lesson collection): lessons/ is not read
   * again. Sorted by file, as loadContent() reads them.
   */
  lessons?: readonly Lesson[];
}

/** A lesson with where it was read from, for a renderer that must place MDX errors in the file. */
export interface LessonFile {
  lesson: Lesson;
  absolutePath: string;
  /** 1-based file line where the body starts. */
  bodyStartLine: number;
}

/**
 * Loads and validates all content. Throws a ContentError listing every problem when a file cannot
 * be read as valid content (bad YAML or front matter, schema errors, misplaced files, duplicate ids).
 * Cross-references, channel limits and writing quality are the checker's job (`pnpm content:check`).
 */
export async function loadContent(options: LoadContentFromOptions = {}): Promise<Content> {
  const { content, problems } = await collectContent(options.root, options.lessons);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

/**
 * The glossary alone, validated the same way: for the site's lesson renderer, which needs it before
 * Astro starts and should not read every lesson for it.
 */
export async function loadGlossary(options: LoadContentOptions = {}): Promise<GlossaryTerm[]> {
  const problems: Problem[] = [];
  const sources: SourceMap = new WeakMap();
  const glossary = await collectGlossary(options.root ?? PACKAGE_DIR, sources, problems);
  if (problems.length > 0) throw new ContentError(problems.sort(compareProblems));
  return glossary;
}

/**
 * The lessons alone, validated as loadContent() validates them: for the site's lesson collection,
 * which renders each body once and hands the lessons back to loadContent(), so that the build
 * reads every lesson's front matter once.
 */
export async function loadLessonFiles(options: LoadContentOptions = {}): Promise<LessonFile[]> {
  const problems: Problem[] = [];
  const sources: SourceMap = new WeakMap();
  const lessons = await loadLessons(options.root ?? PACKAGE_DIR, sources, problems);
  if (problems.length > 0) throw new ContentError(problems.sort(compareProblems));
  return lessons.map((lesson) => {
    const source = sources.get(lesson);
    return {
      lesson,
      absolutePath: source?.absolutePath ?? lesson.file,
      bodyStartLine: source?.bodyStartLine ?? 1,
    };
  });
}
