/**
 * One spelling per word: the spelling Mamoru writes, and the variants readers also meet. The one
 * list of them; the textlint rule `one-spelling` (lessons, decks) and the content checker (quiz and
 * glossary text) both read it. The glossary may keep a variant as an alias, so search and hints
 * still recognise it.
 */
export const PREFERRED_SPELLINGS: readonly { preferred: string; variants: readonly string[] }[] = [
  { preferred: 'ウイルス', variants: ['ウィルス'] },
  { preferred: 'サーバー', variants: ['サーバ'] },
  {
    preferred: 'ファイアウォール',
    variants: ['ファイヤーウォール', 'ファイヤウォール', 'ファイアーウォール'],
  },
  { preferred: 'プロバイダー', variants: ['プロバイダ'] },
];

export interface VariantSpelling {
  index: number;
  variant: string;
  preferred: string;
}

/** Every variant spelling in `text`, in order. A variant inside its preferred form (サーバ in サーバー) is not one. */
export function findVariantSpellings(text: string): VariantSpelling[] {
  const found: VariantSpelling[] = [];
  for (const { preferred, variants } of PREFERRED_SPELLINGS) {
    for (const variant of variants) {
      for (let index = text.indexOf(variant); index >= 0; index = text.indexOf(variant, index + 1)) {
        if (text.startsWith(preferred, index)) continue;
        found.push({ index, variant, preferred });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The message for one variant, shared by textlint and the content checker. */
export const variantMessage = ({ variant, preferred }: VariantSpelling) =>
  `「${variant}」は「${preferred}」と書きます（1つの語は1つの書き方にそろえます）`;
