import type { CheckContext } from './context.ts';

/**
 * A spelling (term or alias) belongs to one glossary entry only: otherwise <Term> hints and the
 * jargon rules cannot tell which explanation a word needs.
 */
export function checkGlossarySpellings(context: CheckContext): void {
  const owner = new Map<string, string>();
  for (const term of context.content.glossary) {
    const info = context.sources.get(term);
    const spellings: [string, PropertyKey[]][] = [
      [term.term, ['term']],
      ...term.aliases.map((alias, index): [string, PropertyKey[]] => [alias, ['aliases', index]]),
    ];
    for (const [spelling, keyPath] of spellings) {
      const key = spelling.toLowerCase();
      const first = owner.get(key);
      if (first === undefined) {
        owner.set(key, term.id);
      } else if (first !== term.id) {
        context.report({
          file: info?.file ?? '',
          ...(info?.locate(keyPath) ?? { line: 1, column: 1 }),
          rule: 'duplicate-term',
          message: `「${spelling}」は用語 ${first} でも使われています。同じ語は1つの用語にまとめてください`,
        });
      }
    }
  }
}
