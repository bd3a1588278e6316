import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lessonPath } from '../paths.ts';
import type { Problem } from '../problem.ts';
import { lessonFrontmatterSchema } from '../schemas/lesson.ts';
import type { Lesson } from '../types.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { listFiles } from './list-files.ts';
import { displayPath } from './locations.ts';
import type { SourceMap } from './source-info.ts';
import { issuesToProblems, parseYamlSource } from './yaml-source.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads lessons/<topic>/<slug>.mdx; invalid files are reported and left out. A leftover .md
 * lesson is reported rather than read, so that every lesson goes through the MDX parser. Files are
 * read synchronously: the site build reads every lesson again while it renders, and a promise per
 * file cost more than the read.
 */
export async function loadLessons(root: string, sources: SourceMap, problems: Problem[]): Promise<Lesson[]> {
  const lessonsDir = path.join(root, 'lessons');
  const files = await listFiles(lessonsDir, ['.md', '.mdx']);
  const lessons: Lesson[] = [];
  for (const absolutePath of files) {
    const file = displayPath(absolutePath);
    const parts = path.relative(lessonsDir, absolutePath).split(path.sep);
    const [folder = '', fileName = ''] = parts;
    const report = (line: number, column: number, rule: string, message: string) =>
      problems.push({ file, line, column, rule, message, severity: 'error' });
    const baseName = path.basename(absolutePath);
    if (baseName.endsWith('.md')) {
      report(
        1,
        1,
        'lesson-path',
        `レッスンは .mdx ファイルにします。名前を ${baseName.replace(/\.md$/, '.mdx')} に変えてください（書き方は同じです）`,
      );
      continue;
    }
    const slug = fileName.replace(/\.mdx$/, '');
    if (parts.length !== 2 || !SLUG.test(slug)) {
      report(
        1,
        1,
        'lesson-path',
        'レッスンは lessons/<topic>/<slug>.mdx に置き、slug は英小文字・数字・ハイフンにしてください',
      );
      continue;
    }
    const split = splitFrontmatter(readFileSync(absolutePath, 'utf8'));
    if (split.frontmatter === undefined) {
      report(1, 1, 'frontmatter', 'ファイルの先頭に --- で囲んだ front matter がありません');
      continue;
    }
    const yaml = parseYamlSource(split.frontmatter, file, 1);
    problems.push(...yaml.syntaxProblems);
    if (yaml.syntaxProblems.length > 0) continue;
    const parsed = lessonFrontmatterSchema.safeParse(yaml.data ?? {});
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, yaml, file));
      continue;
    }
    if (parsed.data.topic !== folder) {
      const at = yaml.locate(['topic']);
      report(
        at.line,
        at.column,
        'topic-folder',
        `topic "${parsed.data.topic}" がフォルダ名 "${folder}" と違います`,
      );
      continue;
    }
    const id = `${folder}/${slug}`;
    const lesson: Lesson = { ...parsed.data, id, slug, file, body: split.body, path: lessonPath(id) };
    sources.set(lesson, {
      file,
      absolutePath,
      locate: yaml.locate,
      bodyStartLine: split.bodyStartLine,
      body: split.body,
    });
    lessons.push(lesson);
  }
  return lessons;
}
