import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { toContentJson } from '../src/build/content-json.ts';
import { loadContent } from '../src/index.ts';
import { loadHelp } from '../src/load/load-help.ts';
import type { Problem } from '../src/problem.ts';

test('the real content has the first steps of 困ったときは, and content.json carries them', async () => {
  const content = await loadContent();
  const steps = content.help?.firstSteps.steps ?? [];
  expect(steps.map((s) => s.do)).toContain('ネットから外します。');
  expect(toContentJson(content).help).toEqual(content.help);
});

test('a bad help file names the file, the line and the field', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mamoru-help-'));
  mkdirSync(path.join(root, 'help'));
  writeFileSync(
    path.join(root, 'help', 'first-steps.yaml'),
    'title: まず\nlead: 大丈夫です。\nsteps:\n  - todo: x\n',
  );
  const problems: Problem[] = [];
  expect(await loadHelp(root, problems)).toBeUndefined();
  expect(problems[0]).toMatchObject({
    file: expect.stringMatching(/help\/first-steps\.yaml$/),
    line: 4,
    rule: 'schema',
  });
});

test('a root without help/ has no help and no problem (the checker test roots)', async () => {
  const problems: Problem[] = [];
  expect(await loadHelp(mkdtempSync(path.join(tmpdir(), 'mamoru-help-')), problems)).toBeUndefined();
  expect(problems).toEqual([]);
});
