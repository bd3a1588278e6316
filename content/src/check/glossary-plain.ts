import { EVERYDAY_WORDS, foreignWords } from '@mamoru/textlint-rule-mamoru';
import type { CheckContext } from './context.ts';

const everyday = new Set(EVERYDAY_WORDS.map((word) => word.toLowerCase()));

/**
 * A glossary `plain` explains a term without other jargon: a katakana (3+) or English word in it
 * that is neither an everyday word nor part of the term itself is a warning (the writer decides).
 */
export function checkGlossaryPlain(context: CheckContext): void {
  for (const term of context.content.glossary) {
    const own = [term.term, ...term.aliases].map((spelling) => spelling.toLowerCase());
    const words = foreignWords(term.plain).filter(({ word, kind }) => {
      const lower = word.toLowerCase();
      if (kind === 'katakana' ? word.length < 3 : word.length < 2) return false;
      return !everyday.has(lower) && !own.some((spelling) => spelling.includes(lower));
    });
    if (words.length === 0) continue;
    const info = context.sources.get(term);
    context.report({
      file: info?.file ?? '',
      ...(info?.locate(['plain']) ?? { line: 1, column: 1 }),
      rule: 'glossary-plain-jargon',
      message: `${term.id} の plain に、ほかの専門用語らしい語があります: ${[...new Set(words.map(({ word }) => word))].join('、')}`,
      severity: 'warning',
    });
  }
}
