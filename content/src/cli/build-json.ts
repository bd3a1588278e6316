/**
 * Writes content/dist/content.json for the bot and other tools.
 * Lenient by default: invalid files are left out and reported on stderr, so that one half-written
 * lesson does not break every downstream build; `--strict` fails instead (use it in releases).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toContentJson } from '../build/content-json.ts';
import { collectContent } from '../load/collect.ts';
import { PACKAGE_DIR } from '../load/locations.ts';
import { formatProblem } from '../problem.ts';

const strict = process.argv.includes('--strict');
const { content, problems } = await collectContent();
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s); the files concerned are left out of content.json.`);
  if (strict) process.exit(1);
}
const outFile = path.join(PACKAGE_DIR, 'dist', 'content.json');
await mkdir(path.dirname(outFile), { recursive: true });
await writeFile(outFile, `${JSON.stringify(toContentJson(content), null, 2)}\n`);
console.error(
  `wrote ${path.relative(process.cwd(), outFile)}: ${content.lessons.length} lessons, ${content.questions.length} questions, ` +
    `${content.glossary.length} glossary terms, ${content.decks.length} decks`,
);
