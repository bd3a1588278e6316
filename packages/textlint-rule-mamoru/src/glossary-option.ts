/**
 * The glossary as the rules receive it through their options. The checker passes the real
 * glossary (content/glossary/*.yaml); tests pass a few inline terms.
 */
export interface GlossaryOptionTerm {
  id: string;
  term: string;
  aliases?: readonly string[];
}

export interface GlossaryOptions {
  terms?: readonly GlossaryOptionTerm[];
}

/** Every spelling of every term with the term id, longest first so compounds win over their parts. */
export function termSpellings(terms: readonly GlossaryOptionTerm[]): { text: string; id: string }[] {
  return terms
    .flatMap((term) => [term.term, ...(term.aliases ?? [])].map((text) => ({ text, id: term.id })))
    .filter((spelling) => spelling.text.length > 0)
    .sort((a, b) => b.text.length - a.text.length);
}
