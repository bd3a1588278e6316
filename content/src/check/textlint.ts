import path from 'node:path';
import { rules as mamoruRules } from '@mamoru/textlint-rule-mamoru';
import { TextlintKernel, type TextlintKernelRule } from '@textlint/kernel';
import mdxPlugin from 'textlint-plugin-mdx';
import preset from 'textlint-rule-preset-ja-technical-writing';
import { presetRuleOptions } from '../../textlint.config.ts';
import type { Problem } from '../problem.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { openTextlintCache } from './textlint-cache.ts';

export interface TextlintTarget {
  /** Display path for problems. */
  file: string;
  /** The whole file, front matter included so lines match; `.mdx` (lessons and decks). */
  text: string;
}

interface PresetModule {
  rules: Record<string, TextlintKernelRule['rule']>;
  rulesConfig: Record<string, unknown>;
}

/** Kernel rule list: the tuned preset plus Mamoru's rules with the glossary as their option. */
function kernelRules(glossary: readonly GlossaryTerm[]): TextlintKernelRule[] {
  const { rules, rulesConfig } = preset as unknown as PresetModule;
  const list: TextlintKernelRule[] = [];
  for (const [ruleId, rule] of Object.entries(rules)) {
    const options = (presetRuleOptions[ruleId] ?? rulesConfig[ruleId] ?? true) as NonNullable<
      TextlintKernelRule['options']
    >;
    if (options === false) continue;
    list.push({ ruleId, rule, options });
  }
  const terms = glossary.map(({ id, term, aliases }) => ({ id, term, aliases }));
  for (const [ruleId, rule] of Object.entries(mamoruRules)) {
    list.push({ ruleId, rule: rule as TextlintKernelRule['rule'], options: { terms } });
  }
  return list;
}

/**
 * Lessons and decks are MDX: textlint reads their prose through its MDX plugin. Whether a lesson's
 * MDX is allowed (components, props, no JavaScript) is checked on Sätteri's tree (src/mdx/).
 */
const plugins = [{ pluginId: 'mdx', plugin: (mdxPlugin as { default?: unknown }).default ?? mdxPlugin }];

/** Lints lesson and deck files; every finding is an error with rule id `textlint/<rule>`. */
export async function lintTexts(
  targets: readonly TextlintTarget[],
  glossary: readonly GlossaryTerm[],
  options: { cacheFile?: string } = {},
): Promise<Problem[]> {
  const kernel = new TextlintKernel();
  const rules = kernelRules(glossary);
  const cache =
    options.cacheFile === undefined
      ? undefined
      : await openTextlintCache(options.cacheFile, JSON.stringify(glossary));
  const problems: Problem[] = [];
  for (const target of targets) {
    const cached = cache?.get(target.file, target.text);
    if (cached) {
      problems.push(...cached.map((problem) => ({ ...problem, file: target.file })));
      continue;
    }
    const found: Problem[] = [];
    const result = await kernel.lintText(target.text, {
      ext: path.extname(target.file),
      filePath: target.file,
      plugins: plugins as never,
      rules,
    });
    // The MDX plugin nests a component's text twice in some shapes, so a finding can repeat.
    const seen = new Set<string>();
    for (const message of result.messages) {
      const key = `${message.line}:${message.column}:${message.ruleId}:${message.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The MDX plugin hides the position of a syntax error; say what to look for (lessons that do not
      // parse are not linted: the checker reports their syntax error with its position).
      const unparsable = message.ruleId === 'plugin-error';
      found.push({
        file: target.file,
        line: Math.max(1, message.line),
        column: Math.max(1, message.column),
        rule: unparsable ? 'mdx-syntax' : `textlint/${message.ruleId}`,
        message: unparsable
          ? 'MDX として読めません。閉じていないタグや、{ } < > の書きまちがいがないか確かめてください'
          : message.message.replace(/\s+/g, ' ').trim(),
        severity: 'error',
      });
    }
    cache?.set(
      target.file,
      target.text,
      found.map(({ file: _file, ...problem }) => problem),
    );
    problems.push(...found);
  }
  await cache?.save();
  return problems;
}
