import noUnknownJargon from './no-unknown-jargon.ts';
import oneSpelling from './one-spelling.ts';
import termExplained from './term-explained.ts';

export { EVERYDAY_WORDS } from './everyday-words.ts';
export type { GlossaryOptions, GlossaryOptionTerm } from './glossary-option.ts';
export type { NoUnknownJargonOptions } from './no-unknown-jargon.ts';
export {
  findVariantSpellings,
  PREFERRED_SPELLINGS,
  type VariantSpelling,
  variantMessage,
} from './spellings.ts';
export { foreignWords } from './text-scan.ts';

/** Mamoru's own textlint rules, one file each; register a new rule here. */
export const rules = {
  'term-explained': termExplained,
  'no-unknown-jargon': noUnknownJargon,
  'one-spelling': oneSpelling,
};

/** A textlint preset, so the rules can also be named in a .textlintrc as `@mamoru/mamoru`. */
export default {
  rules,
  rulesConfig: { 'term-explained': true, 'no-unknown-jargon': true, 'one-spelling': true },
};
