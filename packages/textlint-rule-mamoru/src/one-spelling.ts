import type { TextlintRuleModule } from '@textlint/types';
import { findVariantSpellings, variantMessage } from './spellings.ts';

/**
 * one-spelling: a word is written one way everywhere (ウイルス, not ウィルス), so readers and search
 * meet one form. The spellings are in spellings.ts.
 */
const report: TextlintRuleModule = (context) => {
  const { Syntax, RuleError, locator } = context;
  return {
    [Syntax.Str](node) {
      const text = context.getSource(node);
      for (const found of findVariantSpellings(text)) {
        context.report(
          node,
          new RuleError(variantMessage(found), {
            padding: locator.range([found.index, found.index + found.variant.length]),
          }),
        );
      }
    },
  };
};

export default report;
