/**
 * `pnpm content:check [--json] [--root <dir>]`: checks all content and reports every problem as
 * `path:line:column  rule-id  message`; exits 1 on any error. With --json, stdout carries exactly
 * one JSON object (progress goes to stderr).
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../check/run-check.ts';
import { formatProblem } from '../problem.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, root: { type: 'string' } },
  allowPositionals: true,
});
if (values.json) {
  // stdout must carry the JSON object only: send any library's console output to stderr.
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = console.error;
}
const started = performance.now();
const report = await checkContent({
  ...(values.root === undefined ? {} : { root: values.root }),
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
      `${report.counts.questions} questions, ${report.counts.glossary} terms, ${report.counts.decks} decks (${seconds} s)`,
  );
}
process.exitCode = report.ok ? 0 : 1;
