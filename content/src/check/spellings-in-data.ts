import { findVariantSpellings, variantMessage } from '@mamoru/textlint-rule-mamoru';
import type { CheckContext } from './context.ts';

/**
 * one-spelling for the text textlint does not read: quiz questions and glossary explanations use the
 * spellings of PREFERRED_SPELLINGS (a glossary alias may keep a variant, so hints and search find it).
 */
export function checkSpellingsInData(context: CheckContext): void {
  const { content, sources, report } = context;
  const inspect = (item: object, fields: [string | undefined, PropertyKey[]][]) => {
    const info = sources.get(item);
    for (const [text, keyPath] of fields) {
      for (const found of findVariantSpellings(text ?? '')) {
        report({
          file: info?.file ?? '',
          ...(info?.locate(keyPath) ?? { line: 1, column: 1 }),
          rule: 'one-spelling',
          message: variantMessage(found),
        });
      }
    }
  };
  for (const question of content.questions) {
    inspect(question, [
      [question.prompt, ['prompt']],
      [question.case, ['case']],
      [question.explanation, ['explanation']],
      ...question.choices.flatMap((choice, index): [string | undefined, PropertyKey[]][] => [
        [choice.label, ['choices', index, 'label']],
        [choice.text, ['choices', index, 'text']],
        [choice.why, ['choices', index, 'why']],
      ]),
    ]);
  }
  for (const term of content.glossary) {
    inspect(term, [
      [term.term, ['term']],
      [term.plain, ['plain']],
      [term.more, ['more']],
    ]);
  }
}
