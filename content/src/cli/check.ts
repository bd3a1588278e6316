/**
 * `pnpm content:check [--json] [--root <dir>] [--no-cache]`: checks all content and reports every problem as
 * `path:line:column  rule-id  message`; exits 1 on any error. With --json, stdout carries exactly
 * one JSON object (progress goes to stderr).
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../check/run-check.ts';
import { defaultTextlintCacheFile } from '../check/textlint-cache.ts';
import { PACKAGE_DIR } from '../load/locations.ts';
import { formatProblem } from '../problem.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    root: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (values.json) {
  // stdout must carry the JSON object only: send any library's console output to stderr.
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = console.error;
}
const started = performance.now();
const report = await checkContent({
  ...(values.root === undefined ? {} : { root: values.root }),
  ...(values['no-cache'] ? {} : { textlintCacheFile: defaultTextlintCacheFile(values.root ?? PACKAGE_DIR) }),
  onProgress: (message) => console.error(message),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  for (const problem of report.errors) console.log(formatProblem(problem));
  for (const problem of report.warnings) console.log(`${formatProblem(problem)}  (warning)`);
  console.error(
    `${report.errors.length} error(s), ${report.warnings.length} warning(s) in ${report.counts.lessons} lessons, ` +
      `${report.counts.questions} questions, ${report.counts.glossary} terms, ${report.counts.decks} decks, ${report.counts.figures} figures (${seconds} s)`,
  );
}
process.exitCode = report.ok ? 0 : 1;
