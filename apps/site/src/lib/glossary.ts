import type { GlossaryTerm } from '@mamoru/content';
import { siteContent } from './content.ts';

const collator = new Intl.Collator('ja');

/** Glossary terms in 五十音順 (by reading). */
export async function glossaryInKanaOrder(): Promise<GlossaryTerm[]> {
  const { glossary } = await siteContent();
  return [...glossary].sort((a, b) => collator.compare(toHiragana(a.reading), toHiragana(b.reading)));
}

// Every lesson page looks its key terms up: index the glossary once per build.
let byId: Promise<ReadonlyMap<string, GlossaryTerm>> | undefined;

/** The glossary entries by id. */
export function glossaryById(): Promise<ReadonlyMap<string, GlossaryTerm>> {
  byId ??= siteContent().then(({ glossary }) => new Map(glossary.map((term) => [term.id, term])));
  return byId;
}

/** Katakana readings sort with hiragana ones. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

/** Ids of the glossary terms a lesson body explains with <Term>, read through the MDX parser. */
export { termIdsIn } from '@mamoru/content/mdx';
