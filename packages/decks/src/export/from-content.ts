import type { Deck, Figure, Question, Slide } from '@mamoru/content';
import type { PptxDeck, PptxParagraph, PptxSlide } from './pptx-deck.ts';
import { answerLine, choiceLine, choiceNumber, quizInstruction } from './quiz-text.ts';

/** Plain slide text to paragraphs: "・" lines (from markdown lists) become bullets. */
export function paragraphsFromPlainText(text: string, title?: string): PptxParagraph[] {
  const lines = text.split('\n');
  const firstText = lines.findIndex((line) => line.trim() !== '');
  // The content package keeps the heading as the first line; the PPTX shows it as the title instead.
  if (title !== undefined && firstText >= 0 && lines[firstText]?.trim() === title.trim())
    lines.splice(firstText, 1);
  const paragraphs: PptxParagraph[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const bullet = /^(\s*)・\s*(.*)$/.exec(line);
    if (bullet) {
      paragraphs.push({
        text: bullet[2] ?? '',
        bullet: true,
        level: Math.floor((bullet[1] ?? '').length / 2),
      });
    } else {
      paragraphs.push({ text: line.trim(), bullet: false, level: 0 });
    }
  }
  return paragraphs;
}

const FIGURE_TAG = /<Figure\s+id=["']([^"']*)["']/;

function contentSlide(slide: Slide, figure: Figure | undefined): PptxSlide {
  return {
    kind: 'content',
    title: slide.title ?? '',
    paragraphs: paragraphsFromPlainText(slide.bodyText, slide.title),
    notes: slide.notes,
    ...(figure ? { figure } : {}),
  };
}

/**
 * A quiz becomes two slides, as the web deck's two steps: the question and choices (answer and
 * explanation in its notes, for the speaker), then the answer slide the room sees after answering.
 */
function quizSlides(slide: Slide, question: Question): PptxSlide[] {
  const choices = question.choices.map((_, index) => ({
    text: `${choiceNumber(index)}. ${choiceLine(question, index)}`,
    bullet: false,
    level: 0,
  }));
  const instruction = quizInstruction(question);
  const notes = [answerLine(question), `解説：${question.explanation}`, '', slide.notes].join('\n').trim();
  const answer: PptxSlide = {
    kind: 'answer',
    title: 'クイズの答え',
    paragraphs: [
      { text: question.prompt, bullet: false, level: 0, tone: 'muted' },
      ...question.choices.map((_, index): PptxParagraph => {
        const right = question.answer.includes(index);
        return {
          text: `${choiceNumber(index)}. ${choiceLine(question, index)}${right ? '　← 正解' : ''}`,
          bullet: false,
          level: 0,
          tone: right ? 'right' : 'muted',
        };
      }),
      { text: answerLine(question), bullet: false, level: 0, tone: 'strong' },
      { text: `解説：${question.explanation}`, bullet: false, level: 0 },
    ],
    notes: answerLine(question),
  };
  return [
    {
      kind: 'quiz',
      title: 'クイズ',
      paragraphs: [
        // A 科目B item: the case comes first, as in the exam.
        ...(question.case === undefined
          ? []
          : [{ text: question.case, bullet: false, level: 0, tone: 'muted' as const }]),
        { text: question.prompt, bullet: false, level: 0 },
        ...(instruction === undefined ? [] : [{ text: instruction, bullet: false, level: 0 }]),
        ...choices,
      ],
      notes,
    },
    answer,
  ];
}

/**
 * Builds the PPTX model of a deck: one slide per deck slide, and an answer slide after each quiz.
 * A quiz slide whose question is not in the bank, or a slide whose figure is not among `figures`,
 * is an error.
 */
export function deckForPptx(
  deck: Deck,
  questions: readonly Question[],
  figures: readonly Figure[] = [],
): PptxDeck {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const figuresById = new Map(figures.map((figure) => [figure.id, figure]));
  const slides = deck.slides.flatMap((slide) => {
    if (slide.kind !== 'quiz') {
      const figureId = FIGURE_TAG.exec(slide.body)?.[1];
      const figure = figureId === undefined ? undefined : figuresById.get(figureId);
      if (figureId !== undefined && !figure) {
        throw new Error(
          `Deck ${deck.id}, slide ${slide.index + 1}: figure "${figureId}" is not in content/figures`,
        );
      }
      return [contentSlide(slide, figure)];
    }
    const question = slide.question === undefined ? undefined : byId.get(slide.question);
    if (!question) {
      throw new Error(
        `Deck ${deck.id}, slide ${slide.index + 1}: question "${slide.question ?? ''}" is not in the bank`,
      );
    }
    return quizSlides(slide, question);
  });
  return { id: deck.id, title: deck.title, slides };
}
