import type { z } from 'zod';
import {
  isLessonComponent,
  LESSON_COMPONENT_NAMES,
  type LessonComponentName,
  lessonComponents,
} from './components.ts';
import type { MdxNode } from './parse-mdx.ts';

/**
 * What a lesson may write, checked on its MDX tree: Markdown, and the components of the shared map
 * with string props. JavaScript (`{…}`, import, export), other components and HTML tags (JSX in MDX)
 * are errors: a lesson is text for readers, not a program.
 */
export type MdxRule = 'mdx-syntax' | 'mdx-import-export' | 'mdx-expression' | 'mdx-component' | 'mdx-prop';

export interface MdxProblem {
  /** 1-based, in the parsed text. */
  line: number;
  column: number;
  rule: MdxRule;
  message: string;
}

const ALLOWED = LESSON_COMPONENT_NAMES.map((name) => `<${name}>`).join(' と ');

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface MdxCheckOptions {
  /**
   * A deck's own components (Slide, QuizSlide, Notes): their props, and the JavaScript a deck may
   * write, are the deck format's to check (src/load/deck-slides.ts); the shared components inside
   * them are checked as in a lesson.
   */
  hostComponents?: readonly string[];
}

/** The problems of one parsed lesson body (or deck body, with `hostComponents`), in document order. */
export function findMdxProblems(tree: MdxNode, options: MdxCheckOptions = {}): MdxProblem[] {
  const host = new Set(options.hostComponents ?? []);
  const inDeck = options.hostComponents !== undefined;
  const problems: MdxProblem[] = [];
  const report = (node: MdxNode, rule: MdxRule, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push({ line: start.line, column: start.column, rule, message });
  };

  const visit = (node: MdxNode, inside: LessonComponentName | undefined) => {
    switch (node.type) {
      case 'mdxjsEsm':
        if (inDeck) return;
        report(
          node,
          'mdx-import-export',
          `import や export はレッスンで使えません。${ALLOWED} は import しなくても使えます`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (inDeck) return;
        report(
          node,
          'mdx-expression',
          '{ } はレッスンで使えません（MDX では JavaScript の式になります）。文字として書くときは \\{ と書いてください',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        visitComponent(node, inside);
        return;
      default:
        for (const child of childrenOf(node)) visit(child, inside);
    }
  };

  const visitComponent = (
    node: MdxNode & { name?: string | null },
    inside: LessonComponentName | undefined,
  ) => {
    const name = node.name ?? '';
    if (host.has(name)) {
      for (const child of childrenOf(node)) visit(child, inside);
      return;
    }
    if (!isLessonComponent(name)) {
      const what = name === '' ? '<>（名前のないタグ）' : `<${name}>`;
      report(node, 'mdx-component', `${what} はレッスンで使えません。使えるのは ${ALLOWED} だけです`);
      return;
    }
    const component = lessonComponents[name];
    if (
      inside !== undefined &&
      (lessonComponents[inside].allowsInside === 'text' || component.placement === 'block')
    ) {
      report(node, 'mdx-component', `<${name}> は <${inside}> の中に入れられません`);
    }
    if (component.placement === 'block' && node.type === 'mdxJsxTextElement') {
      report(
        node,
        'mdx-component',
        `<${name}> は段落の途中に置けません。開くタグと閉じるタグを、前後と空行で区切った行に書いてください`,
      );
    }
    checkProps(node, name);
    if (name === 'Term' && !childrenOf(node).some((child) => textOf(child).trim() !== '')) {
      report(node, 'mdx-component', `<Term> の中に語を書いてください（例: ${component.example}）`);
    }
    for (const child of childrenOf(node)) visit(child, name);
  };

  const checkProps = (node: MdxNode, name: LessonComponentName) => {
    const component = lessonComponents[name];
    const props: Record<string, unknown> = {};
    for (const attribute of (node as { attributes?: JsxAttribute[] }).attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        report(
          node,
          'mdx-expression',
          `<${name}> に {…} は書けません。属性は name="値" の形で書いてください`,
        );
        continue;
      }
      if (attribute.value !== null && typeof attribute.value === 'object') {
        report(
          node,
          'mdx-expression',
          `<${name}> の ${attribute.name} に {…} は書けません。値は " で囲んでください（例: ${component.example}）`,
        );
        continue;
      }
      props[attribute.name] = attribute.value ?? true;
    }
    const parsed = component.props.safeParse(props);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) report(node, 'mdx-prop', propMessage(name, issue, props));
  };

  visit(tree, undefined);
  return problems;
}

function propMessage(
  name: LessonComponentName,
  issue: z.core.$ZodIssue,
  props: Record<string, unknown>,
): string {
  const { example } = lessonComponents[name];
  const key = String(issue.path[0] ?? '');
  const allowed = Object.keys(lessonComponents[name].props.shape).join('、');
  if (issue.code === 'unrecognized_keys') {
    return `<${name}> に ${issue.keys.join('、')} は書けません。書けるのは ${allowed} だけです`;
  }
  const value = props[key];
  if (value === undefined) return `<${name}> に ${key} がありません。${example} のように書いてください`;
  switch (issue.code) {
    case 'invalid_value':
      return `<${name}> の ${key} "${String(value)}" は使えません。${issue.values.join('、')} のどれかにしてください`;
    case 'invalid_format':
      return `<${name}> の ${key} "${String(value)}" は、英小文字・数字・ハイフンだけで書いてください`;
    default:
      return `<${name}> の ${key} が正しくありません（${issue.message}）。${example} のように書いてください`;
  }
}

function childrenOf(node: MdxNode): MdxNode[] {
  return ((node as { children?: MdxNode[] }).children ?? []) as MdxNode[];
}

function textOf(node: MdxNode): string {
  const value = (node as { value?: unknown }).value;
  return typeof value === 'string' ? value : childrenOf(node).map(textOf).join('');
}
