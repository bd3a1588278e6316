import { slideAttributesSchema } from '../schemas/deck.ts';
import type { Slide } from '../types.ts';
import { markdownToPlainText } from './plain-text.ts';

/** A problem found while splitting a deck body; `line` is 1-based within the body. */
export interface SlideProblem {
  line: number;
  rule: 'deck-structure' | 'deck-notes' | 'schema';
  message: string;
}

export interface ParsedDeckBody {
  slides: Slide[];
  /** Body line (1-based) of each slide's opening tag, by slide index. */
  slideLines: number[];
  problems: SlideProblem[];
}

const OPEN = /^<(Slide|QuizSlide)((?:\s+[A-Za-z]+=(?:"[^"]*"|\{[^}]*\}))*)\s*(\/?)>\s*$/;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|\{([^}]*)\})/g;
const NOTES = /<Notes>([\s\S]*?)<\/Notes>/;

/** Splits a deck body into slides (see content/README.md, "Deck file"). */
export function parseDeckSlides(mdxBody: string): Slide[] {
  return parseDeckBody(mdxBody).slides;
}

/** Like parseDeckSlides, and also reports what does not follow the deck format. */
export function parseDeckBody(mdxBody: string): ParsedDeckBody {
  const lines = mdxBody.split('\n');
  const result: ParsedDeckBody = { slides: [], slideLines: [], problems: [] };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const open = OPEN.exec(line.trimEnd());
    if (!open) {
      if (line.trim() !== '' && !/^\s*(import|export)\s/.test(line)) {
        result.problems.push({
          line: index + 1,
          rule: 'deck-structure',
          message: 'スライドの外に内容があります。<Slide> か <QuizSlide> の中に書いてください',
        });
        while (
          index + 1 < lines.length &&
          (lines[index + 1] ?? '').trim() !== '' &&
          !OPEN.test(lines[index + 1] ?? '')
        )
          index++;
      }
      index++;
      continue;
    }
    const [, tag = 'Slide', attributeText = '', selfClosing] = open;
    const startLine = index + 1;
    let inner: string[] = [];
    if (selfClosing) {
      index++;
    } else {
      const close = lines.findIndex((candidate, at) => at > index && candidate.trim() === `</${tag}>`);
      if (close < 0) {
        result.problems.push({
          line: startLine,
          rule: 'deck-structure',
          message: `<${tag}> が閉じられていません`,
        });
        inner = lines.slice(index + 1);
        index = lines.length;
      } else {
        inner = lines.slice(index + 1, close);
        index = close + 1;
      }
    }
    result.slides.push(buildSlide(result, tag, attributeText, inner.join('\n'), startLine));
    result.slideLines.push(startLine);
  }
  return result;
}

function buildSlide(
  result: ParsedDeckBody,
  tag: string,
  attributeText: string,
  inner: string,
  line: number,
): Slide {
  const attributes: Record<string, string | number> = {};
  for (const [, name = '', quoted, expression] of attributeText.matchAll(ATTRIBUTE)) {
    const raw = quoted ?? expression?.trim() ?? '';
    attributes[name] =
      expression !== undefined && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  const parsed = slideAttributesSchema.safeParse(attributes);
  for (const issue of parsed.error?.issues ?? []) {
    const where = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
    result.problems.push({ line, rule: 'schema', message: `<${tag}> ${where}: ${issue.message}` });
  }
  const kind = tag === 'QuizSlide' ? 'quiz' : 'content';
  const question = typeof attributes.question === 'string' ? attributes.question : undefined;
  if (kind === 'quiz' && !question) {
    result.problems.push({
      line,
      rule: 'schema',
      message: '<QuizSlide> には question="問題のid" が必要です',
    });
  }
  if (kind === 'content' && question !== undefined) {
    result.problems.push({ line, rule: 'schema', message: 'question は <QuizSlide> にだけ書けます' });
  }
  const notesMatch = NOTES.exec(inner);
  if (!notesMatch || notesMatch[1]?.trim() === '') {
    result.problems.push({
      line,
      rule: 'deck-notes',
      message: 'スライドに <Notes>（講師が話すこと）がありません',
    });
  }
  const body = (notesMatch ? inner.replace(notesMatch[0], '') : inner).trim();
  const heading = /^#{1,6}\s+(.+)$/m.exec(body)?.[1];
  const slide: Slide = {
    index: result.slides.length,
    kind,
    body,
    bodyText: markdownToPlainText(body),
    notes: markdownToPlainText(notesMatch?.[1] ?? ''),
  };
  if (typeof attributes.minutes === 'number') slide.minutes = attributes.minutes;
  if (question !== undefined) slide.question = question;
  if (heading !== undefined) slide.title = markdownToPlainText(heading);
  return slide;
}
