import { type CheckContext, positionIn } from './context.ts';
import { type MarkdownNode, parseMarkdown } from './markdown-ast.ts';

/**
 * lesson-tags: a lesson is Markdown with two tags, `<Term id="...">word</Term>` and
 * `<Callout type="..." title="...">...</Callout>`. The site turns exactly these into markup and
 * would pass anything else through as raw HTML, so every other tag, a missing or unknown attribute,
 * and an unbalanced or misplaced tag is an error. Tags inside code are text and are left alone.
 */
const RULE = 'lesson-tags';
const CALLOUT_TYPES = ['note', 'tip', 'caution', 'danger'];
const ATTRIBUTES: Record<TagName, readonly string[]> = { Term: ['id'], Callout: ['type', 'title'] };
const TYPES = CALLOUT_TYPES.join('、');

type TagName = 'Term' | 'Callout';
const isTagName = (name: string): name is TagName => name === 'Term' || name === 'Callout';

/** A tag, comment or declaration as CommonMark reads raw HTML (groups: slash, name, attributes, self-close). */
const RAW_HTML =
  /<!--[\s\S]*?-->|<[!?][^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** A tag Markdown could not read as one (`<Term id=x">`, `<Callout type={"tip"}>`) stays text. */
const BROKEN_TAG = /(?<!\\)<\/?(?:Term|Callout)\b/gi;

interface OpenTag {
  name: TagName;
  offset: number;
  node: MarkdownNode;
  parent: MarkdownNode;
}

export function checkLessonTags(context: CheckContext): void {
  for (const lesson of context.content.lessons) {
    const startLine = context.sources.get(lesson)?.bodyStartLine ?? 1;
    for (const { offset, message } of findTagProblems(lesson.body, startLine)) {
      context.report({
        file: lesson.file,
        ...positionIn(lesson.body, offset, startLine),
        rule: RULE,
        message,
      });
    }
  }
}

/** Problems with the tags of a lesson body that starts on file line `startLine`; offsets into `body`. */
export function findTagProblems(body: string, startLine = 1): { offset: number; message: string }[] {
  const problems: { offset: number; message: string }[] = [];
  const report = (offset: number, message: string) => problems.push({ offset, message });
  const open: OpenTag[] = [];

  const visitTag = (match: RegExpMatchArray, offset: number, node: MarkdownNode, parent: MarkdownNode) => {
    const [whole, slash, name, attributes = '', selfClose] = match;
    if (name === undefined) {
      const what = whole.startsWith('<!--') ? 'HTML のコメント <!-- -->' : `${whole.slice(0, 10)}…`;
      report(offset, `${what} はレッスンで使えません。使えるのは <Term> と <Callout> だけです`);
      return;
    }
    if (!isTagName(name)) {
      report(offset, `<${slash}${name}> はレッスンで使えません。使えるのは <Term> と <Callout> だけです`);
      return;
    }
    if (slash) {
      closeTag(name, offset, node, parent);
      return;
    }
    checkAttributes(name, attributes, offset);
    if (selfClose) {
      report(offset, `<${name} ... /> の形は使えません。<${name} ...> で始めて </${name}> で閉じてください`);
      return;
    }
    const outer = open.find((tag) => tag.name === 'Term') ?? (name === 'Callout' ? open[0] : undefined);
    if (outer) report(offset, `<${name}> は <${outer.name}> の中に入れられません`);
    if (name === 'Callout' && parent.type === 'Paragraph' && parent.children?.[0] !== node) {
      report(offset, '<Callout> は段落の途中に置けません。前後を空行で区切ってください');
    }
    open.push({ name, offset, node, parent });
  };

  const checkAttributes = (name: TagName, attributes: string, offset: number) => {
    const values = new Map<string, string>();
    for (const [, key = '', double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      values.set(key, double ?? single ?? bare ?? '');
      if (!ATTRIBUTES[name].includes(key)) {
        report(
          offset,
          `<${name}> に ${key} は書けません。書けるのは ${ATTRIBUTES[name].join(' と ')} だけです`,
        );
      }
    }
    if (name === 'Term' && !values.get('id')) {
      report(offset, '<Term> に id がありません。<Term id="用語集の id">語</Term> と書いてください');
    }
    const type = values.get('type');
    if (name === 'Callout' && (type === undefined || !CALLOUT_TYPES.includes(type))) {
      report(
        offset,
        type === undefined
          ? `<Callout> に type がありません。type は ${TYPES} のどれかにしてください`
          : `<Callout> の type "${type}" は使えません。${TYPES} のどれかにしてください`,
      );
    }
  };

  const closeTag = (name: TagName, offset: number, node: MarkdownNode, parent: MarkdownNode) => {
    const index = open.findLastIndex((tag) => tag.name === name);
    if (index < 0) {
      report(offset, `</${name}> に対応する <${name}> がありません`);
      return;
    }
    for (const unclosed of open.splice(index + 1)) reportUnclosed(unclosed);
    const opening = open.pop() as OpenTag;
    if (opening.parent !== parent) {
      const { line } = positionIn(body, opening.offset, startLine);
      report(
        offset,
        `</${name}> が、${line} 行目の <${name}> と別のかたまり（段落、リストの項目、引用）にあります`,
      );
    } else if (name === 'Callout' && parent.type === 'Paragraph' && parent.children?.at(-1) !== node) {
      report(
        offset,
        '</Callout> のあとに同じ段落の文章が続いています。</Callout> のあとに空行を入れてください',
      );
    }
  };

  const reportUnclosed = (tag: OpenTag) =>
    report(tag.offset, `<${tag.name}> が閉じていません。</${tag.name}> を書いてください`);

  const visit = (node: MarkdownNode, parent: MarkdownNode) => {
    const [start, end] = node.range;
    const source = body.slice(start, end);
    if (node.type === 'Html') {
      for (const match of source.matchAll(RAW_HTML)) visitTag(match, start + match.index, node, parent);
      // A block of raw HTML that holds text (a tag line with no blank line after it) is not read as
      // Markdown: the site shows it unformatted and textlint never sees it.
      const text = /\S/.exec(source.replace(RAW_HTML, (tag) => ' '.repeat(tag.length)));
      if (text) {
        report(
          start + text.index,
          'この文章はタグと同じかたまりにあるので、Markdown として読まれず、文章のチェックも受けません。タグの行の前後に空行を入れてください',
        );
      }
      return;
    }
    if (node.type === 'Str') {
      for (const match of source.matchAll(BROKEN_TAG)) {
        report(
          start + match.index,
          `${match[0]} がタグとして読めません。属性の値を " で囲み、> で閉じてください（例: <Term id="用語集の id">語</Term>）`,
        );
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, node);
  };

  const root = parseMarkdown(body);
  for (const child of root.children ?? []) visit(child, root);
  for (const unclosed of open) reportUnclosed(unclosed);
  return problems.sort((a, b) => a.offset - b.offset);
}
