/**
 * Sentences of a plain-text lesson: split after 。？！ and at line ends (a list item or a heading is a
 * unit of its own even without a 句点). Empty pieces are dropped.
 */
export function splitSentences(plainText: string): string[] {
  return plainText
    .split('\n')
    .flatMap((line) => line.split(/(?<=[。？！?!])/))
    .map((sentence) => sentence.replace(/^・/, '').trim())
    .filter((sentence) => sentence.length > 0);
}
