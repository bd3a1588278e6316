import type { TxtNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';
import { type GlossaryOptions, termSpellings } from './glossary-option.ts';
import { isInsideTerm, standsAlone } from './text-scan.ts';

/**
 * term-explained: a glossary term must be explained where it first appears in a document, either
 * wrapped in <Term id="...">word</Term> or followed at once by an inline explanation in brackets:
 * 「ランサムウェア（データを人質にする悪いプログラム）」. Later appearances need nothing.
 */
const TERM_TAG = /<Term\s+id=["']([^"']+)["']/g;

const report: TextlintRuleModule<GlossaryOptions> = (context, options = {}) => {
  const { Syntax, RuleError, locator } = context;
  const spellings = termSpellings(options.terms ?? []);
  let source = '';
  /** First bare (unwrapped) appearance of each term id. */
  const firstBare = new Map<string, { node: TxtNode; start: number; text: string; offset: number }>();

  return {
    [Syntax.Document](node) {
      source = context.getSource(node);
    },
    [Syntax.Str](node) {
      if (spellings.length === 0 || isInsideTerm(source, node.range[0])) return;
      const text = context.getSource(node);
      const taken: [number, number][] = [];
      for (const spelling of spellings) {
        let from = 0;
        for (;;) {
          const index = text.indexOf(spelling.text, from);
          if (index < 0) break;
          from = index + 1;
          const end = index + spelling.text.length;
          if (!standsAlone(text, index, spelling.text.length)) continue;
          if (taken.some(([s, e]) => index < e && end > s)) continue;
          taken.push([index, end]);
          const offset = node.range[0] + index;
          const seen = firstBare.get(spelling.id);
          if (!seen || offset < seen.offset) {
            firstBare.set(spelling.id, { node, start: index, text: spelling.text, offset });
          }
          break;
        }
      }
    },
    [Syntax.DocumentExit](node) {
      const firstWrapped = new Map<string, number>();
      for (const match of source.matchAll(TERM_TAG)) {
        const id = match[1] ?? '';
        if (!firstWrapped.has(id)) firstWrapped.set(id, match.index);
      }
      for (const [id, bare] of firstBare) {
        const wrappedAt = firstWrapped.get(id);
        if (wrappedAt !== undefined && wrappedAt < bare.offset) continue;
        const next = source[bare.offset + bare.text.length];
        if (next === '（' || next === '(') continue;
        context.report(
          bare.node ?? node,
          new RuleError(
            `「${bare.text}」は初めて出る用語です。<Term id="${id}">${bare.text}</Term> で囲むか、直後に（やさしい説明）を書いてください`,
            { padding: locator.range([bare.start, bare.start + bare.text.length]) },
          ),
        );
      }
    },
  };
};

export default report;
