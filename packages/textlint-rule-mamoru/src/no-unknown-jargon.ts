import type { TextlintRuleModule } from '@textlint/types';
import { EVERYDAY_WORDS } from './everyday-words.ts';
import { type GlossaryOptions, termSpellings } from './glossary-option.ts';
import { foreignWords, isInsideTerm } from './text-scan.ts';

export interface NoUnknownJargonOptions extends GlossaryOptions {
  /** Extra words to accept on top of EVERYDAY_WORDS. */
  allow?: readonly string[];
  /** Shortest katakana run that counts as a word worth checking (default 3: skips ミス, ガス). */
  minKatakanaLength?: number;
}

/**
 * no-unknown-jargon: a katakana word (>= 3 characters) or an English word that is neither in the
 * glossary (term or alias, or a compound of known words) nor an everyday word is flagged: the
 * reader may not know it, so replace it with plain Japanese or add it to the glossary.
 */
const report: TextlintRuleModule<NoUnknownJargonOptions> = (context, options = {}) => {
  const { Syntax, RuleError, locator } = context;
  const known = new Set<string>();
  const add = (word: string) => known.add(word.toLowerCase());
  for (const word of [...EVERYDAY_WORDS, ...(options.allow ?? [])]) add(word);
  for (const spelling of termSpellings(options.terms ?? [])) {
    add(spelling.text);
    for (const part of foreignWords(spelling.text)) add(part.word);
  }
  const minKatakana = options.minKatakanaLength ?? 3;
  const flagged = new Set<string>();
  let source = '';

  /** A compound of known words (メールアドレス = メール + アドレス) is known too. */
  const isKnown = (word: string): boolean => {
    const lower = word.toLowerCase();
    if (known.has(lower)) return true;
    const reachable = new Array<boolean>(lower.length + 1).fill(false);
    reachable[0] = true;
    for (let end = 1; end <= lower.length; end++) {
      for (let start = 0; start < end && !reachable[end]; start++) {
        if (reachable[start] && end - start >= 2 && known.has(lower.slice(start, end))) reachable[end] = true;
      }
    }
    return reachable[lower.length] === true;
  };

  return {
    [Syntax.Document](node) {
      source = context.getSource(node);
    },
    [Syntax.Str](node) {
      if (isInsideTerm(source, node.range[0])) return;
      const text = context.getSource(node);
      for (const { word, index, kind } of foreignWords(text)) {
        if (kind === 'katakana' && word.length < minKatakana) continue;
        if (kind === 'english' && word.length < 2) continue;
        if (isKnown(word) || flagged.has(word)) continue;
        // Report each unknown word once per document: one glossary entry fixes them all.
        flagged.add(word);
        context.report(
          node,
          new RuleError(
            `「${word}」は用語集にない${kind === 'katakana' ? 'カタカナ語' : '英語'}です。やさしい日本語に言いかえるか、用語集に加えてください`,
            {
              padding: locator.range([index, index + word.length]),
            },
          ),
        );
      }
    },
  };
};

export default report;
