// Authors break lines after each sentence; browsers other than Firefox render such a line break
// between two Japanese characters as a space. Remove exactly those breaks from the HTML.
const JAPANESE = '\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60';
const BREAK_BETWEEN_JAPANESE = new RegExp(`([${JAPANESE}])[ \\t]*\\n[ \\t]*(?=[${JAPANESE}])`, 'g');

// Some lessons also write a space around <Term>: drop it where Japanese text touches the term.
const SPACE_BEFORE_TERM = new RegExp(`([${JAPANESE}]) (?=<button type="button" class="term")`, 'g');
const SPACE_AFTER_TERM = new RegExp(`(閉じる</button></span>) (?=[${JAPANESE}])`, 'g');

export function joinJapaneseLines(html: string): string {
  return html
    .replace(BREAK_BETWEEN_JAPANESE, '$1')
    .replace(SPACE_BEFORE_TERM, '$1')
    .replace(SPACE_AFTER_TERM, '$1');
}
