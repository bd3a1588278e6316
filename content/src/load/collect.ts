import path from 'node:path';
import { compareProblems, type Problem } from '../problem.ts';
import { type GlossaryTerm, glossaryTermSchema } from '../schemas/glossary.ts';
import { type Question, questionSchema } from '../schemas/question.ts';
import { TOPICS } from '../schemas/topics.ts';
import type { Content, Lesson } from '../types.ts';
import { listFiles } from './list-files.ts';
import { loadDecks } from './load-decks.ts';
import { loadFigures } from './load-figures.ts';
import { loadHelp } from './load-help.ts';
import { loadLessons } from './load-lessons.ts';
import { loadYamlList } from './load-yaml-list.ts';
import { PACKAGE_DIR } from './locations.ts';
import type { SourceMap } from './source-info.ts';

/** Everything read from a content root, with the problems that make files unusable. */
export interface CollectedContent {
  root: string;
  content: Content;
  problems: Problem[];
  sources: SourceMap;
}

/**
 * Reads all content under `root`; never throws on bad content, it reports it instead. Lessons read
 * already (and checked by loadLessons) can be passed in; lessons/ is then not read again.
 */
export async function collectContent(
  root = PACKAGE_DIR,
  lessonsRead?: readonly Lesson[],
): Promise<CollectedContent> {
  const problems: Problem[] = [];
  const sources: SourceMap = new WeakMap();
  const lessons = lessonsRead ? [...lessonsRead] : await loadLessons(root, sources, problems);

  const glossary = await collectGlossary(root, sources, problems);

  const questions: Question[] = [];
  const quizDir = path.join(root, 'quizzes');
  for (const file of await listFiles(quizDir, ['.yaml', '.yml'])) {
    const isExamPractice = /^exam-practice(\.ya?ml$|[/\\])/.test(path.relative(quizDir, file));
    const items = await loadYamlList(file, questionSchema, sources, problems);
    if (!isExamPractice) checkFileTopic(items, file, sources, problems);
    for (const question of items) {
      if (isExamPractice === (question.examArea !== undefined)) continue;
      const info = sources.get(question);
      const at = info?.locate(isExamPractice ? [] : ['examArea']) ?? { line: 1, column: 1 };
      problems.push({
        file: info?.file ?? file,
        ...at,
        rule: 'exam-area',
        message: isExamPractice
          ? `問題 ${question.id}: exam-practice の問題には examArea が必要です`
          : `問題 ${question.id}: examArea は quizzes/exam-practice の問題にだけ書きます`,
        severity: 'error',
      });
    }
    questions.push(...items);
  }

  const decks = await loadDecks(root, sources, problems);
  const figures = await loadFigures(root, sources, problems);
  const help = await loadHelp(root, problems);
  checkUniqueIds('lesson', lessons, sources, problems);
  checkUniqueIds('question', questions, sources, problems);
  checkUniqueIds('deck', decks, sources, problems);

  problems.sort(compareProblems);
  return {
    root,
    content: { topics: [...TOPICS], lessons, glossary, questions, decks, figures, ...(help ? { help } : {}) },
    problems,
    sources,
  };
}

/** The glossary files under `root`, each term checked, ids unique; problems are reported, not thrown. */
export async function collectGlossary(
  root: string,
  sources: SourceMap,
  problems: Problem[],
): Promise<GlossaryTerm[]> {
  const glossary: GlossaryTerm[] = [];
  for (const file of await listFiles(path.join(root, 'glossary'), ['.yaml', '.yml'])) {
    const terms = await loadYamlList(file, glossaryTermSchema, sources, problems);
    checkFileTopic(terms, file, sources, problems);
    glossary.push(...terms);
  }
  checkUniqueIds('glossary', glossary, sources, problems);
  return glossary;
}

/** glossary/<topic>.yaml and quizzes/<topic>.yaml hold items of that topic only. */
function checkFileTopic(
  items: readonly { id: string; topic: string }[],
  file: string,
  sources: SourceMap,
  problems: Problem[],
): void {
  const fileTopic = path.basename(file).replace(/\.ya?ml$/, '');
  if (!TOPICS.some((topic) => topic.id === fileTopic)) return;
  for (const item of items) {
    if (item.topic === fileTopic) continue;
    const info = sources.get(item);
    problems.push({
      file: info?.file ?? file,
      ...(info?.locate(['topic']) ?? { line: 1, column: 1 }),
      rule: 'topic-folder',
      message: `${item.id}: topic "${item.topic}" がファイル名 "${fileTopic}" と違います`,
      severity: 'error',
    });
  }
}

function checkUniqueIds(
  kind: string,
  items: readonly { id: string }[],
  sources: SourceMap,
  problems: Problem[],
): void {
  const firstSeen = new Map<string, { id: string }>();
  for (const item of items) {
    const first = firstSeen.get(item.id);
    if (!first) {
      firstSeen.set(item.id, item);
      continue;
    }
    const info = sources.get(item);
    const firstInfo = sources.get(first);
    problems.push({
      file: info?.file ?? '',
      ...(info?.locate(['id']) ?? { line: 1, column: 1 }),
      rule: 'duplicate-id',
      message: `${kind} id "${item.id}" は ${firstInfo?.file ?? ''}:${firstInfo?.locate(['id']).line ?? 1} でも使われています`,
      severity: 'error',
    });
  }
}
